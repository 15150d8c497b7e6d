package dev.keyway.engine.capacity;

import static dev.keyway.engine.capacity.ProvisionedTables.provisioned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.error.ProvisionedThroughputExceededException;
import dev.keyway.error.ThrottlingReason;
import dev.keyway.ops.BatchExecuteStatementRequest;
import dev.keyway.ops.BatchStatementErrorCodeEnum;
import dev.keyway.ops.BatchStatementRequest;
import dev.keyway.ops.BatchStatementResponse;
import dev.keyway.ops.ExecuteStatementRequest;
import dev.keyway.ops.ExecuteTransactionRequest;
import dev.keyway.ops.ParameterizedStatement;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PartiQL statements are throttled and metered as the operations they stand for. */
class PartiqlThrottlingTest {
  static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/Tbl";

  final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final Engine engine = Engine.builder().clock(clock).throttling(true).metrics(registry).build();

  void run(String statement) {
    engine.executeStatement(ExecuteStatementRequest.builder().statement(statement).build());
  }

  void insert(int i) {
    run("INSERT INTO \"Tbl\" VALUE {'PK': 'p" + i + "', 'SK': 's'}");
  }

  double counter(String name, String... tags) {
    return registry.get("dynamodb." + name).tags(tags).counter().count();
  }

  @Test
  void executeStatementWritesUseTheTablesWriteUnits() {
    engine.createTable(provisioned("Tbl", 5, 5));
    for (int i = 0; i < 5; i++) {
      insert(i);
    }
    assertThatThrownBy(() -> insert(5))
        .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e ->
            assertThat(e.throttlingReasons()).containsExactly(
                new ThrottlingReason("TableWriteProvisionedThroughputExceeded", ARN)));
    assertThat(counter("consumed.write.capacity.units", "table", "Tbl", "index", ""))
        .isEqualTo(5);
    assertThat(counter("throttled.requests", "table", "", "operation", "ExecuteStatement"))
        .isEqualTo(1);
    assertThat(registry.get("dynamodb.successful.request.latency")
        .tags("operation", "ExecuteStatement").timer().count()).isEqualTo(5);
    clock.advance(Duration.ofMillis(200));
    insert(5);
  }

  @Test
  void executeStatementSelectsUseTheTablesReadUnits() {
    engine.createTable(provisioned("Tbl", 1, 5));
    insert(1);
    String select = "SELECT * FROM \"Tbl\" WHERE PK = 'p1'";
    run(select); // 0.5 units, eventually consistent
    run(select); // the balance is 0 now
    assertThatThrownBy(() -> run(select))
        .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e ->
            assertThat(e.throttlingReasons()).containsExactly(
                new ThrottlingReason("TableReadProvisionedThroughputExceeded", ARN)));
    assertThat(counter("consumed.read.capacity.units", "table", "Tbl", "index", ""))
        .isEqualTo(1);
  }

  @Test
  void aReadTransactionPaysTwiceTheStronglyConsistentUnitsAndIsRefusedWhole() {
    engine.createTable(provisioned("Tbl", 3, 5));
    insert(1);
    ExecuteTransactionRequest read = ExecuteTransactionRequest.builder().transactStatements(
        List.of(new ParameterizedStatement("SELECT * FROM \"Tbl\" WHERE PK = 'p1' AND SK = 's'",
            null, null))).build();
    engine.executeTransaction(read); // 2 units of 3
    engine.executeTransaction(read); // admitted at 1 left: -1
    assertThatThrownBy(() -> engine.executeTransaction(read))
        .isInstanceOf(ProvisionedThroughputExceededException.class);
    assertThat(counter("consumed.read.capacity.units", "table", "Tbl", "index", ""))
        .isEqualTo(4);
  }

  @Test
  void aThrottledStatementOfABatchIsThatStatementsError() {
    engine.createTable(provisioned("Tbl", 5, 2));
    List<BatchStatementRequest> statements = List.of(
        new BatchStatementRequest("INSERT INTO \"Tbl\" VALUE {'PK': 'a', 'SK': 's'}", null, null,
            null),
        new BatchStatementRequest("INSERT INTO \"Tbl\" VALUE {'PK': 'b', 'SK': 's'}", null, null,
            null),
        new BatchStatementRequest("INSERT INTO \"Tbl\" VALUE {'PK': 'c', 'SK': 's'}", null, null,
            null));
    List<BatchStatementResponse> responses = engine.batchExecuteStatement(
        BatchExecuteStatementRequest.builder().statements(statements).build()).responses();
    assertThat(responses.get(0).error()).isNull();
    assertThat(responses.get(1).error()).isNull();
    assertThat(responses.get(2).error().code())
        .isEqualTo(BatchStatementErrorCodeEnum.ProvisionedThroughputExceeded);
    assertThat(counter("consumed.write.capacity.units", "table", "Tbl", "index", ""))
        .isEqualTo(2);
  }
}
