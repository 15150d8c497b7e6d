package dev.keyway.bench.mapping;

import dev.keyway.aws.SdkAttributeValues;
import dev.keyway.aws.SdkItemSink;
import dev.keyway.model.AttributeValue;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * Entity to item ({@code write*}) and item to entity ({@code read*}) for the 10-field {@link BenchOrder}:
 * Keyway's generated schema and a hand-written mapper on Keyway's item model; the Enhanced Client's
 * BeanTableSchema and StaticTableSchema on SDK maps; and the AWS path, generated mapping plus conversion
 * to SDK maps with the runtime's {@code dev.keyway.aws.SdkAttributeValues} (the AWS backend's converter)
 * against hand-written code producing SDK maps directly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MappingBenchmark {
  private final BenchOrderSchema generated = BenchOrderSchema.INSTANCE;
  private BeanTableSchema<BenchOrder> bean;
  private StaticTableSchema<BenchOrder> statik;
  private BenchOrder order;
  private Map<String, AttributeValue> keywayItem;
  private Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> sdkItem;
  private Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> enhancedItem;

  @Setup
  public void setUp() {
    bean = SdkSchemas.bean();
    statik = SdkSchemas.statik();
    order = BenchOrder.sample();
    keywayItem = generated.toItem(order);
    sdkItem = SdkAttributeValues.toSdk(keywayItem);
    enhancedItem = bean.itemToMap(order, true);
    check();
  }

  /** Every mapper must produce the same items and read back the same entity, or the figures mean nothing. */
  void check() {
    same(keywayItem, HandWrittenItemMapper.toItem(order), "hand-written Keyway item");
    same(sdkItem, HandWrittenSdkMapper.toItem(order), "hand-written SDK item");
    same(sdkItem, writeAwsGenerated(), "generated SDK item (sink)");
    same(enhancedItem, statik.itemToMap(order, true), "StaticTableSchema item");
    String expected = describe(order);
    same(expected, describe(readGenerated()), "generated read");
    same(expected, describe(readHandWritten()), "hand-written read");
    same(expected, describe(readBeanTableSchema()), "BeanTableSchema read");
    same(expected, describe(readStaticTableSchema()), "StaticTableSchema read");
    same(expected, describe(readAwsGenerated()), "AWS path generated read");
    same(expected, describe(readAwsHandWritten()), "AWS path hand-written read");
  }

  private static void same(Object expected, Object actual, String what) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(what + " differs:\n  " + expected + "\n  " + actual);
    }
  }

  static String describe(BenchOrder o) {
    return String.join("|", o.getUserId(), o.getOrderId(), o.getCustomerName(), Long.toString(o.getSequence()),
        Integer.toString(o.getQuantity()), o.getAmount().toPlainString(), Boolean.toString(o.isGift()),
        o.getCreatedAt().toString(), o.getTags().toString(), new java.util.TreeMap<>(o.getAttributes()).toString());
  }

  // --- entity -> item ------------------------------------------------------------------------------

  @Benchmark
  public Map<String, AttributeValue> writeGenerated() {
    return generated.toItem(order);
  }

  @Benchmark
  public Map<String, AttributeValue> writeHandWritten() {
    return HandWrittenItemMapper.toItem(order);
  }

  @Benchmark
  public Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> writeBeanTableSchema() {
    return bean.itemToMap(order, true);
  }

  @Benchmark
  public Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> writeStaticTableSchema() {
    return statik.itemToMap(order, true);
  }

  @Benchmark
  public Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> writeAwsGenerated() {
    return SdkItemSink.toSdkItem(generated, order);
  }

  /** The AWS path before the sink: the Keyway item, then a second pass converting it. */
  @Benchmark
  public Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> writeAwsConverted() {
    return SdkAttributeValues.toSdk(generated.toItem(order));
  }

  @Benchmark
  public Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> writeAwsHandWritten() {
    return HandWrittenSdkMapper.toItem(order);
  }

  // --- item -> entity ------------------------------------------------------------------------------

  @Benchmark
  public BenchOrder readGenerated() {
    return generated.fromItem(keywayItem);
  }

  @Benchmark
  public BenchOrder readHandWritten() {
    return HandWrittenItemMapper.fromItem(keywayItem);
  }

  @Benchmark
  public BenchOrder readBeanTableSchema() {
    return bean.mapToItem(enhancedItem);
  }

  @Benchmark
  public BenchOrder readStaticTableSchema() {
    return statik.mapToItem(enhancedItem);
  }

  @Benchmark
  public BenchOrder readAwsGenerated() {
    return generated.fromItem(SdkAttributeValues.fromSdk(sdkItem));
  }

  @Benchmark
  public BenchOrder readAwsHandWritten() {
    return HandWrittenSdkMapper.fromItem(sdkItem);
  }
}
