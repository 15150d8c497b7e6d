package dev.keyway.bench.mapping;

import dev.keyway.aws.SdkItemSink;
import java.util.Map;

/**
 * One conversion in a fresh JVM. Prints two figures in milliseconds: from the start of {@code main} to
 * the first item (the entity's own construction included), and from the moment the entity exists to
 * the first item (loading and building the schema, and the conversion). Run by {@link FirstUseBenchmark}.
 * Arguments: {@code generated | generated-aws | bean | static}.
 */
public final class FirstUse {
  private FirstUse() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    BenchOrder order = BenchOrder.sample();
    long created = System.nanoTime();
    Map<String, ?> item;
    switch (args[0]) {
      case "generated":
        item = BenchOrderSchema.INSTANCE.toItem(order);
        break;
      case "generated-aws":
        item = SdkItemSink.toSdkItem(BenchOrderSchema.INSTANCE, order);
        break;
      case "bean":
        item = SdkSchemas.bean().itemToMap(order, true);
        break;
      case "static":
        item = SdkSchemas.statik().itemToMap(order, true);
        break;
      default:
        throw new IllegalArgumentException("generated | generated-aws | bean | static");
    }
    long end = System.nanoTime();
    if (item.size() < 10) {
      throw new IllegalStateException("item too small: " + item);
    }
    System.out.printf(java.util.Locale.ROOT, "%.2f %.2f%n", (end - start) / 1e6, (end - created) / 1e6);
  }
}
