package dev.keyway.docs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.engine.capacity.AutoScalingDefault;
import dev.keyway.engine.capacity.AutoScalingPolicy;
import dev.keyway.error.ProvisionedThroughputExceededException;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.OnDemandThroughput;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.ScalarAttributeType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/capacity.md: throttling with a test clock, on-demand maxima, auto scaling, lagging reads. */
class CapacityExampleTest {
  @Test
  void throttlingAndMetricsAreTurnedOn() {
    Clock clock = Clock.systemUTC();
    MeterRegistry meterRegistry = new SimpleMeterRegistry();
    // snippet:start turn-on
    Engine engine = Engine.builder()
        .clock(clock)                    // time for the token buckets; a ManualClock in tests
        .throttling(true)                // DynamoDB's capacity limits
        .metrics(meterRegistry)          // any Micrometer MeterRegistry
        .build();
    // snippet:end turn-on
    engine.createTable(Items.keyedByPk("Orders").billingMode(BillingMode.PAY_PER_REQUEST).build());
    engine.putItem(Items.put("Orders", "a"));
    assertFalse(meterRegistry.getMeters().isEmpty());
  }

  @Test
  void aTestClockRefillsTheBuckets() {
    // snippet:start test-clock
    ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    Engine engine = Engine.builder().clock(clock).throttling(true).build();
    // ... PROVISIONED table with 5 WCU: five puts, then
    // snippet:end test-clock
    engine.createTable(Items.keyedByPk("Orders").billingMode(BillingMode.PROVISIONED)
        .provisionedThroughput(new ProvisionedThroughput(5L, 5L)).build());
    for (int i = 0; i < 5; i++) {
      engine.putItem(Items.put("Orders", "item-" + i));
    }
    PutItemRequest sixth = Items.put("Orders", "item-5");
    // snippet:start test-clock
    assertThrows(ProvisionedThroughputExceededException.class, () -> engine.putItem(sixth));
    clock.advance(Duration.ofMillis(200));   // one unit back
    engine.putItem(sixth);
    // snippet:end test-clock
  }

  @Test
  void onDemandMaximum() {
    Engine engine = Engine.inMemory();
    // snippet:start on-demand
    engine.createTable(CreateTableRequest.builder()
        .tableName("Events")
        .keySchema(List.of(new KeySchemaElement("PK", KeyType.HASH)))
        .attributeDefinitions(List.of(new AttributeDefinition("PK", ScalarAttributeType.S)))
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .onDemandThroughput(new OnDemandThroughput(null, 5L))   // at most 5 write units per second
        .build());
    // snippet:end on-demand
    assertEquals(5L, engine.describeTable(new DescribeTableRequest("Events")).table().onDemandThroughput()
        .maxWriteRequestUnits());
  }

  /** Compiled only: the policies' behaviour is AutoScalingTest's in the engine. */
  static Engine autoScaling(Clock clock) {
    // snippet:start auto-scaling
    Engine engine = Engine.builder()
        .clock(clock)
        .throttling(true)                                              // optional
        .autoScaling(AutoScalingPolicy.writes("Orders", 5, 500, 70))   // min 5, max 500, 70% target
        .autoScaling(AutoScalingPolicy.reads("Orders", 5, 500, 70).onIndex("GSI1"))
        .build();
    // snippet:end auto-scaling
    return engine;
  }

  /** Compiled only, like the policies above. */
  static Engine autoScalingEverything() {
    // snippet:start auto-scaling-default
    Engine engine = Engine.builder()
        .autoScaling(new AutoScalingDefault(5, 100, 70))   // min 5, max 100, 70% target
        .build();
    // snippet:end auto-scaling-default
    return engine;
  }

  static Engine laggingReads(Clock clock) {
    // snippet:start eventual-consistency
    Engine engine = Engine.builder()
        .clock(clock)
        .eventualConsistency(Duration.ofSeconds(1), 42)   // lag up to 1 s, generator seeded with 42
        .build();
    // snippet:end eventual-consistency
    return engine;
  }
}
