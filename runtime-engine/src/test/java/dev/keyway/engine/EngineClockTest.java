package dev.keyway.engine;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.pkSk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.error.IdempotentParameterMismatchException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.Put;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.TableDescription;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Time comes from the engine's clock: creation times, the client token window. */
class EngineClockTest {
  private static final Instant START = Instant.parse("2026-01-02T03:04:05Z");

  private final ManualClock clock = new ManualClock(START);
  private final Engine engine = Engine.builder().clock(clock).build();

  @Test
  void tablesAreCreatedAtTheClocksTime() {
    TableDescription created = engine.createTable(pkSk("Events")).tableDescription();
    clock.advance(Duration.ofHours(1));
    TableDescription described =
        engine.describeTable(new DescribeTableRequest("Events")).table();

    assertThat(created.creationDateTime()).isEqualTo(START);
    assertThat(described.creationDateTime()).isEqualTo(START);
    assertThat(described.billingModeSummary().lastUpdateToPayPerRequestDateTime())
        .isEqualTo(START);
  }

  @Test
  void aClientTokenIsRememberedForTenMinutesOfTheClock() {
    engine.createTable(pkSk("Events"));
    TransactWriteItemsRequest first = putWithToken("v1");
    engine.transactWriteItems(first);
    overwrite("v0");

    clock.advance(Duration.ofMinutes(10).minusMillis(1));
    engine.transactWriteItems(first); // a repeat inside the window: a no-op
    assertThat(stored()).isEqualTo(AttributeValue.s("v0"));
    assertThatThrownBy(() -> engine.transactWriteItems(putWithToken("v2")))
        .isInstanceOf(IdempotentParameterMismatchException.class);

    clock.advance(Duration.ofMillis(1));
    engine.transactWriteItems(putWithToken("v2")); // the token has expired: a new transaction
    assertThat(stored()).isEqualTo(AttributeValue.s("v2"));
  }

  private static TransactWriteItemsRequest putWithToken(String value) {
    return TransactWriteItemsRequest.builder().clientRequestToken("token-1").transactItems(List.of(
        TransactWriteItem.builder().put(Put.builder().tableName("Events")
            .item(item("PK", "a", "SK", "s", "v", value)).build()).build())).build();
  }

  private void overwrite(String value) {
    engine.putItem(PutItemRequest.builder().tableName("Events")
        .item(item("PK", "a", "SK", "s", "v", value)).build());
  }

  private AttributeValue stored() {
    Map<String, AttributeValue> item = engine.getItem(GetItemRequest.builder().tableName("Events")
        .key(item("PK", "a", "SK", "s")).consistentRead(true).build()).item();
    return item.get("v");
  }
}
