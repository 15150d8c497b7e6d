package dev.keyway.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Runs one operation on a fixed number of threads for a fixed time and records every request's
 * latency. Each thread picks random targets in its own stripe of the pre-loaded key space, so
 * multi-item writes of different threads never touch the same item (no transaction conflicts).
 */
final class Measurement {
  /** An operation under test on items {@code n} to {@code n + span - 1}. */
  interface Op {
    void run(int n);
  }

  /** One timed run: its wall time and the CPU time of the threads that sent the requests. */
  record Round(long elapsedNanos, long workerCpuNanos) {}

  /** A warmed-up run: throughput and latency percentiles. */
  record Result(double opsPerSecond, double p50Micros, double p99Micros, long requests) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Measurement() {}

  /**
   * Runs {@code op} for {@code millis}, adding every request's latency to {@code into} (or to
   * nothing, for a warm-up, when it is null).
   */
  static Round measureInto(
      Op op, int span, int threads, int itemCount, long millis, Histogram into)
      throws InterruptedException {
    Recorder recorder = new Recorder(3);
    Round round = drive(op, span, threads, itemCount, millis, recorder);
    if (into != null) {
      into.add(recorder.getIntervalHistogram());
    }
    return round;
  }

  /** Warms {@code op} up, then measures it alone (for benchmarks that compare runs in sequence). */
  static Result run(
      Op op, int span, int threads, int itemCount, long warmupMillis, long measureMillis)
      throws InterruptedException {
    measureInto(op, span, threads, itemCount, warmupMillis, null);
    Histogram histogram = new Histogram(3);
    Round round = measureInto(op, span, threads, itemCount, measureMillis, histogram);
    long count = histogram.getTotalCount();
    return new Result(count / (round.elapsedNanos() / 1e9),
        histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
        count);
  }

  private static Round drive(
      Op op, int span, int threads, int itemCount, long millis, Recorder recorder)
      throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    long[] failures = new long[threads];
    AtomicLong cpuNanos = new AtomicLong();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    int stripe = itemCount / threads;
    for (int t = 0; t < threads; t++) {
      int index = t;
      Thread worker =
          new Thread(
              () -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                awaitQuietly(start);
                long cpuBegin = THREADS.getCurrentThreadCpuTime();
                while (System.nanoTime() < deadline) {
                  int n = index * stripe + random.nextInt(stripe - span + 1);
                  long begin = System.nanoTime();
                  try {
                    op.run(n);
                  } catch (RuntimeException e) {
                    failures[index]++;
                    if (failures[index] == 1) {
                      e.printStackTrace();
                    }
                    continue;
                  }
                  recorder.recordValue(System.nanoTime() - begin);
                }
                cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuBegin);
              },
              "bench-" + t);
      workers.add(worker);
      worker.start();
    }
    long begin = System.nanoTime();
    start.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    long elapsed = System.nanoTime() - begin;
    for (long f : failures) {
      if (f > 0) {
        throw new IllegalStateException(f + " requests failed; see the first stack trace above");
      }
    }
    return new Round(elapsed, cpuNanos.get());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
