package dev.keyway.bench;

import org.HdrHistogram.Histogram;

/**
 * One system's measurements of one operation, accumulated over the rounds of a {@link Duel}:
 * every request's latency, the wall time, and the CPU time the system spent.
 */
final class Contender {
  private final Measurement.Op op;
  private final CpuMeter cpu;
  private final Histogram latencies = new Histogram(3);
  private long elapsedNanos;
  private long cpuNanos;

  /**
   * {@code cpu} reads the system's CPU time; null takes the CPU time of the benchmark's own
   * request threads, which in process is the whole cost of a request.
   */
  Contender(Measurement.Op op, CpuMeter cpu) {
    this.op = op;
    this.cpu = cpu;
  }

  void warmUp(int span, int threads, int items, long millis) throws InterruptedException {
    Measurement.measureInto(op, span, threads, items, millis, null);
  }

  void measure(int span, int threads, int items, long millis) throws InterruptedException {
    CpuMeter.Mark mark = cpu == null ? null : cpu.mark();
    Measurement.Round round = Measurement.measureInto(op, span, threads, items, millis, latencies);
    elapsedNanos += round.elapsedNanos();
    cpuNanos += mark == null ? round.workerCpuNanos() : mark.nanosSince();
  }

  double opsPerSecond() {
    return latencies.getTotalCount() / (elapsedNanos / 1e9);
  }

  double micros(double percentile) {
    return latencies.getValueAtPercentile(percentile) / 1000.0;
  }

  double cpuMicrosPerOp() {
    return cpuNanos / 1000.0 / Math.max(1, latencies.getTotalCount());
  }
}
