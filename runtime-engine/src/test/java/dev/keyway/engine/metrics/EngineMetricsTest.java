package dev.keyway.engine.metrics;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.Fixtures;
import dev.keyway.engine.ManualClock;
import dev.keyway.engine.capacity.ProvisionedTables;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.ProvisionedThroughputExceededException;
import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CloudWatch figures, per table, index and operation, in a Micrometer registry. */
class EngineMetricsTest {
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));

  void put(Engine engine, String table, Map<String, dev.keyway.model.AttributeValue> item) {
    engine.putItem(PutItemRequest.builder().tableName(table).item(item).build());
  }

  double counter(String name, String... tags) {
    return registry.get("dynamodb." + name).tags(tags).counter().count();
  }

  @Test
  void consumedUnitsAreCountedPerTableAndIndexWithoutThrottling() {
    try (Engine engine = Engine.builder().clock(clock).metrics(registry).build()) {
      engine.createTable(ProvisionedTables.withGsi("Tbl", 1, 1, 1)); // never throttled: not asked for
      put(engine, "Tbl", item("PK", "a", "SK", "1", "G", "g"));
      put(engine, "Tbl", item("PK", "a", "SK", "2", "G", "g", "big", "x".repeat(1500)));
      put(engine, "Tbl", item("PK", "a", "SK", "3"));
      assertThat(counter("consumed.write.capacity.units", "table", "Tbl", "index", ""))
          .isEqualTo(1 + 2 + 1);
      assertThat(counter("consumed.write.capacity.units", "table", "Tbl", "index", "GSI1"))
          .isEqualTo(1 + 2);
      engine.query(QueryRequest.builder().tableName("Tbl").keyConditionExpression("PK = :p")
          .expressionAttributeValues(Map.of(":p", s("a"))).consistentRead(true).build());
      assertThat(counter("consumed.read.capacity.units", "table", "Tbl", "index", ""))
          .isEqualTo(1);
      var returned = registry.get("dynamodb.returned.item.count")
          .tags("table", "Tbl", "operation", "Query").summary();
      assertThat(returned.count()).isEqualTo(1);
      assertThat(returned.totalAmount()).isEqualTo(3);
      var latency = registry.get("dynamodb.successful.request.latency")
          .tags("table", "Tbl", "operation", "PutItem").timer();
      assertThat(latency.count()).isEqualTo(3);
    }
  }

  @Test
  void throttledRequestsAndThrottleEventsAreCounted() {
    try (Engine engine =
        Engine.builder().clock(clock).throttling(true).metrics(registry).build()) {
      engine.createTable(ProvisionedTables.withGsi("Tbl", 100, 100, 1));
      put(engine, "Tbl", item("PK", "a", "SK", "1", "G", "g"));
      assertThatThrownBy(() -> put(engine, "Tbl", item("PK", "a", "SK", "2")))
          .isInstanceOf(ProvisionedThroughputExceededException.class);
      assertThat(counter("throttled.requests", "table", "Tbl", "operation", "PutItem"))
          .isEqualTo(1);
      assertThat(counter("write.throttle.events", "table", "Tbl", "index", "GSI1")).isEqualTo(1);
      assertThat(counter("write.throttle.events", "table", "Tbl", "index", "")).isZero();
      assertThat(registry.get("dynamodb.successful.request.latency")
          .tags("table", "Tbl", "operation", "PutItem").timer().count()).isEqualTo(1);
    }
  }

  @Test
  void failuresAreCountedByKind() {
    try (Engine engine = Engine.builder().clock(clock).metrics(registry).build()) {
      engine.createTable(Fixtures.pkSk("Tbl"));
      assertThatThrownBy(() -> engine.getItem(GetItemRequest.builder().tableName("Missing")
          .key(item("PK", "a", "SK", "1")).build()))
          .isInstanceOf(ResourceNotFoundException.class);
      assertThatThrownBy(() -> engine.putItem(PutItemRequest.builder().tableName("Tbl")
          .item(item("PK", "a", "SK", "1")).conditionExpression("attribute_exists(PK)").build()))
          .isInstanceOf(ConditionalCheckFailedException.class);
      assertThat(counter("user.errors", "table", "Missing", "operation", "GetItem")).isEqualTo(1);
      assertThat(counter("conditional.check.failed.requests", "table", "Tbl", "operation",
          "PutItem")).isEqualTo(1);
      assertThat(counter("user.errors", "table", "Tbl", "operation", "PutItem")).isZero();
      assertThat(counter("system.errors", "table", "Tbl", "operation", "PutItem")).isZero();
      assertThat(engine.getItem(GetItemRequest.builder().tableName("Tbl")
          .key(item("PK", "a", "SK", "1")).build()).item()).isNull();
      assertThat(registry.get("dynamodb.returned.item.count")
          .tags("table", "Tbl", "operation", "GetItem").summary().totalAmount()).isZero();
    }
  }
}
