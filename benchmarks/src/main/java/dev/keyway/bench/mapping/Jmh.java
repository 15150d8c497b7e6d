package dev.keyway.bench.mapping;

/**
 * JMH's command line, so that {@code benchmarks/run.sh mapping.Jmh MappingBenchmark -f 1 ...} runs the
 * JMH benchmarks with the module's class path.
 */
public final class Jmh {
  private Jmh() {}

  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(args);
  }
}
