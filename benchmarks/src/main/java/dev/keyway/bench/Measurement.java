package dev.keyway.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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

  record Result(double opsPerSecond, double p50Micros, double p99Micros, long requests) {}

  private Measurement() {}

  static Result run(
      Op op, int span, int threads, int itemCount, long warmupMillis, long measureMillis)
      throws InterruptedException {
    drive(op, span, threads, itemCount, warmupMillis, new Recorder(3));
    Recorder recorder = new Recorder(3);
    long elapsedNanos = drive(op, span, threads, itemCount, measureMillis, recorder);
    Histogram histogram = recorder.getIntervalHistogram();
    long count = histogram.getTotalCount();
    return new Result(
        count / (elapsedNanos / 1e9),
        histogram.getValueAtPercentile(50) / 1000.0,
        histogram.getValueAtPercentile(99) / 1000.0,
        count);
  }

  /**
   * Measures without warm-up, adding every request's latency to {@code into}; returns the elapsed
   * nanoseconds. Lets a caller interleave short rounds of several systems and merge them.
   */
  static long measureInto(
      Op op, int span, int threads, int itemCount, long measureMillis, Histogram into)
      throws InterruptedException {
    Recorder recorder = new Recorder(3);
    long elapsedNanos = drive(op, span, threads, itemCount, measureMillis, recorder);
    into.add(recorder.getIntervalHistogram());
    return elapsedNanos;
  }

  private static long drive(
      Op op, int span, int threads, int itemCount, long millis, Recorder recorder)
      throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    long[] failures = new long[threads];
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    int stripe = itemCount / threads;
    for (int t = 0; t < threads; t++) {
      int index = t;
      Thread worker =
          new Thread(
              () -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                awaitQuietly(start);
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
    return elapsed;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
