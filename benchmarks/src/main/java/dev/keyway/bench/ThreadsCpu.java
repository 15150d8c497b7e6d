package dev.keyway.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The CPU time of the threads of this JVM whose names match, e.g. an in-process server's event
 * loops and workers. Threads that end between two readings are not counted.
 */
final class ThreadsCpu implements CpuMeter {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Predicate<String> names;

  ThreadsCpu(Predicate<String> names) {
    this.names = names;
  }

  @Override
  public Mark mark() {
    Map<Long, Long> before = snapshot();
    return () -> {
      long spent = 0;
      for (Map.Entry<Long, Long> e : snapshot().entrySet()) {
        spent += e.getValue() - before.getOrDefault(e.getKey(), 0L);
      }
      return spent;
    };
  }

  /** CPU nanoseconds so far of each live matching thread. */
  private Map<Long, Long> snapshot() {
    Map<Long, Long> cpu = new HashMap<>();
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info != null && names.test(info.getThreadName())) {
        long nanos = THREADS.getThreadCpuTime(info.getThreadId());
        if (nanos >= 0) {
          cpu.put(info.getThreadId(), nanos);
        }
      }
    }
    return cpu;
  }
}
