package dev.keyway.bench;

/** Reads the CPU time a system under test spends, from outside its request path. */
interface CpuMeter {
  /** A reading now; {@link Mark#nanosSince()} gives the CPU nanoseconds spent after it. */
  Mark mark();

  /** A point to measure from. */
  interface Mark {
    long nanosSince();
  }
}
