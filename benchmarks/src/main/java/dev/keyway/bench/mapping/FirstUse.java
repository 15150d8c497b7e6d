package dev.keyway.bench.mapping;

import java.util.Map;

/**
 * One conversion in a fresh JVM: prints the milliseconds from the start of {@code main} to the first
 * item, schema construction and class loading included. Run by {@link FirstUseBenchmark}.
 * Arguments: {@code generated | generated-aws | bean | static}.
 */
public final class FirstUse {
  private FirstUse() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    Map<String, ?> item;
    switch (args[0]) {
      case "generated":
        item = BenchOrderSchema.INSTANCE.toItem(BenchOrder.sample());
        break;
      case "generated-aws":
        item = SdkItems.toSdk(BenchOrderSchema.INSTANCE.toItem(BenchOrder.sample()));
        break;
      case "bean":
        item = SdkSchemas.bean().itemToMap(BenchOrder.sample(), true);
        break;
      case "static":
        item = SdkSchemas.statik().itemToMap(BenchOrder.sample(), true);
        break;
      default:
        throw new IllegalArgumentException("generated | generated-aws | bean | static");
    }
    long nanos = System.nanoTime() - start;
    if (item.size() < 10) {
      throw new IllegalStateException("item too small: " + item);
    }
    System.out.printf("%.2f%n", nanos / 1e6);
  }
}
