package dev.keyway.bench;

import java.time.Duration;

/** The CPU time (user and system) of another process, e.g. a server the run script started. */
final class ProcessCpu implements CpuMeter {
  private final ProcessHandle process;

  ProcessCpu(long pid) {
    this.process =
        ProcessHandle.of(pid).orElseThrow(() -> new IllegalArgumentException("no process " + pid));
  }

  @Override
  public Mark mark() {
    long before = nanos();
    return () -> nanos() - before;
  }

  private long nanos() {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }
}
