package dev.keyway.engine.cli;

import java.io.PrintWriter;

/** Reports a long run's progress on one line of the error stream, at most every 100,000 items. */
final class Progress {
  private static final long STEP = 100_000;
  private final PrintWriter err;
  private final String verb;
  private long next = STEP;
  private boolean shown;

  Progress(PrintWriter err, String verb) {
    this.err = err;
    this.verb = verb;
  }

  void report(long count) {
    if (count >= next) {
      err.print("\r" + verb + " " + count + " items");
      err.flush();
      shown = true;
      next = (count / STEP + 1) * STEP;
    }
  }

  void done() {
    if (shown) {
      err.println();
      err.flush();
    }
  }
}
