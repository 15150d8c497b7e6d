package dev.keyway.engine.backup;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.pkSk;
import static dev.keyway.engine.Fixtures.withIndexes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.error.InvalidRestoreTimeException;
import dev.keyway.error.PointInTimeRecoveryUnavailableException;
import dev.keyway.error.SourceTableNotFoundException;
import dev.keyway.error.TableNotFoundException;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ContinuousBackupsStatus;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.DescribeContinuousBackupsRequest;
import dev.keyway.ops.Put;
import dev.keyway.ops.PointInTimeRecoveryDescription;
import dev.keyway.ops.PointInTimeRecoverySpecification;
import dev.keyway.ops.PointInTimeRecoveryStatus;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.RestoreSummary;
import dev.keyway.ops.RestoreTableToPointInTimeRequest;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.UpdateContinuousBackupsRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PointInTimeRecoveryTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private final ManualClock clock = new ManualClock(T0);
  private final Engine engine = Engine.builder().clock(clock).build();

  private void put(String table, Map<String, AttributeValue> item) {
    engine.putItem(PutItemRequest.builder().tableName(table).item(item).build());
  }

  private void enable(String table, Integer days) {
    engine.updateContinuousBackups(new UpdateContinuousBackupsRequest(table,
        new PointInTimeRecoverySpecification(true, days)));
  }

  private PointInTimeRecoveryDescription pitr(String table) {
    return engine.describeContinuousBackups(new DescribeContinuousBackupsRequest(table))
        .continuousBackupsDescription().pointInTimeRecoveryDescription();
  }

  private List<Map<String, AttributeValue>> restoreAt(String target, Instant time) {
    engine.restoreTableToPointInTime(RestoreTableToPointInTimeRequest.builder()
        .sourceTableName("Shop").targetTableName(target).restoreDateTime(time).build());
    return engine.scan(ScanRequest.builder().tableName(target).build()).items();
  }

  @Nested
  class Behaviour {
    @Test
    void disabledUntilEnabledThenWindowAsDynamoDbReportsIt() {
      engine.createTable(pkSk("Shop"));
      var off = engine.describeContinuousBackups(new DescribeContinuousBackupsRequest("Shop"))
          .continuousBackupsDescription();
      assertThat(off.continuousBackupsStatus()).isEqualTo(ContinuousBackupsStatus.ENABLED);
      assertThat(off.pointInTimeRecoveryDescription().pointInTimeRecoveryStatus())
          .isEqualTo(PointInTimeRecoveryStatus.DISABLED);
      assertThat(off.pointInTimeRecoveryDescription().earliestRestorableDateTime()).isNull();

      enable("Shop", null);
      assertThat(pitr("Shop").pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.ENABLED);
      assertThat(pitr("Shop").recoveryPeriodInDays()).isEqualTo(35);
      assertThat(pitr("Shop").earliestRestorableDateTime()).isEqualTo(T0);
      assertThat(pitr("Shop").latestRestorableDateTime()).isEqualTo(T0);

      clock.advance(Duration.ofHours(1));
      assertThat(pitr("Shop").earliestRestorableDateTime()).isEqualTo(T0);
      assertThat(pitr("Shop").latestRestorableDateTime()).isEqualTo(T0.plus(Duration.ofMinutes(55)));

      clock.advance(Duration.ofDays(40));
      assertThat(pitr("Shop").earliestRestorableDateTime())
          .isEqualTo(T0.plus(Duration.ofDays(5)).plus(Duration.ofHours(1)));
    }

    @Test
    void restoresEachChosenSecond() {
      engine.createTable(pkSk("Shop"));
      put("Shop", item("PK", "a", "SK", "1", "v", "v0"));
      enable("Shop", null);
      clock.advance(Duration.ofSeconds(10)); // T0+10
      put("Shop", item("PK", "a", "SK", "1", "v", "v10"));
      clock.advance(Duration.ofSeconds(10)); // T0+20
      put("Shop", item("PK", "b", "SK", "1"));
      clock.advance(Duration.ofSeconds(10)); // T0+30
      engine.deleteItem(DeleteItemRequest.builder().tableName("Shop")
          .key(item("PK", "a", "SK", "1")).build());
      clock.advance(Duration.ofMinutes(10));

      assertThat(restoreAt("At0", T0)).containsExactly(item("PK", "a", "SK", "1", "v", "v0"));
      assertThat(restoreAt("At9", T0.plusSeconds(9))).containsExactly(item("PK", "a", "SK", "1", "v", "v0"));
      assertThat(restoreAt("At10", T0.plusSeconds(10))).containsExactly(item("PK", "a", "SK", "1", "v", "v10"));
      assertThat(restoreAt("At25", T0.plusSeconds(25))).containsExactlyInAnyOrder(
          item("PK", "a", "SK", "1", "v", "v10"), item("PK", "b", "SK", "1"));
      assertThat(restoreAt("At30", T0.plusSeconds(30))).containsExactly(item("PK", "b", "SK", "1"));
    }

    @Test
    void aTransactionIsRestoredWholeOrNotAtAll() {
      engine.createTable(pkSk("Shop"));
      enable("Shop", null);
      clock.advance(Duration.ofSeconds(5));
      engine.transactWriteItems(new TransactWriteItemsRequest(List.of(
          TransactWriteItem.builder().put(Put.builder().tableName("Shop")
              .item(item("PK", "t", "SK", "1")).build()).build(),
          TransactWriteItem.builder().put(Put.builder().tableName("Shop")
              .item(item("PK", "t", "SK", "2")).build()).build()), null, null, null));
      clock.advance(Duration.ofMinutes(6));
      assertThat(restoreAt("Before", T0.plusSeconds(4))).isEmpty();
      assertThat(restoreAt("After", T0.plusSeconds(5))).hasSize(2);
    }

    @Test
    void useLatestRestorableTimeAndIndexesComeFromTheSource() {
      engine.createTable(withIndexes("Shop"));
      enable("Shop", null);
      put("Shop", item("PK", "a", "SK", "1", "GSI1PK", "g", "GSI1SK", "x"));
      clock.advance(Duration.ofMinutes(5));
      var t = engine.restoreTableToPointInTime(RestoreTableToPointInTimeRequest.builder()
          .sourceTableArn("arn:aws:dynamodb:us-east-1:000000000000:table/Shop")
          .targetTableName("Latest").useLatestRestorableTime(true).build()).tableDescription();
      assertThat(t.itemCount()).isEqualTo(1);
      assertThat(t.restoreSummary()).isEqualTo(new RestoreSummary(null,
          "arn:aws:dynamodb:us-east-1:000000000000:table/Shop", T0, false));
      assertThat(t.globalSecondaryIndexes()).extracting(g -> g.indexName()).containsExactly("GSI1");
      assertThat(t.globalSecondaryIndexes().get(0).itemCount()).isEqualTo(1);
    }

    @Test
    void disablingForgetsTheHistory() {
      engine.createTable(pkSk("Shop"));
      enable("Shop", 1);
      assertThat(pitr("Shop").recoveryPeriodInDays()).isEqualTo(1);
      engine.updateContinuousBackups(new UpdateContinuousBackupsRequest("Shop",
          new PointInTimeRecoverySpecification(false, null)));
      assertThat(pitr("Shop").pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.DISABLED);
      clock.advance(Duration.ofHours(1));
      enable("Shop", null);
      assertThat(pitr("Shop").earliestRestorableDateTime()).isEqualTo(T0.plus(Duration.ofHours(1)));
    }

    @Test
    void aShorterPeriodMovesTheEarliestTimeAndOldVersionsStillRestore() {
      engine.createTable(pkSk("Shop"));
      put("Shop", item("PK", "a", "SK", "1", "v", "start"));
      enable("Shop", 1);
      clock.advance(Duration.ofDays(2));
      put("Shop", item("PK", "a", "SK", "1", "v", "later")); // keeps "start": the state when the window opens
      clock.advance(Duration.ofHours(1));
      Instant earliest = pitr("Shop").earliestRestorableDateTime();
      assertThat(earliest).isEqualTo(T0.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)));
      assertThat(restoreAt("Early", earliest)).containsExactly(item("PK", "a", "SK", "1", "v", "start"));
    }
  }

  @Nested
  class Errors {
    @Test
    void notEnabled() {
      engine.createTable(pkSk("Shop"));
      assertThatThrownBy(() -> restoreAt("New", T0))
          .isInstanceOf(PointInTimeRecoveryUnavailableException.class)
          .hasMessage("Point in time recovery is not enabled for table 'Shop'");
    }

    @Test
    void outsideTheWindow() {
      engine.createTable(pkSk("Shop"));
      enable("Shop", null);
      clock.advance(Duration.ofMinutes(10));
      assertThatThrownBy(() -> restoreAt("New", T0.minusSeconds(1)))
          .isInstanceOf(InvalidRestoreTimeException.class)
          .hasMessage("RestoreDateTime must be between EarliestRestorableDateTime and LatestRestorableDateTime");
      assertThatThrownBy(() -> restoreAt("New", T0.plus(Duration.ofMinutes(6))))
          .isInstanceOf(InvalidRestoreTimeException.class);
      assertThat(engine.listTables(dev.keyway.ops.ListTablesRequest.builder().build()).tableNames())
          .containsExactly("Shop");
    }

    @Test
    void unknownSourceAndUnknownTable() {
      assertThatThrownBy(() -> restoreAt("New", T0))
          .isInstanceOf(SourceTableNotFoundException.class)
          .hasMessage("Source table not found: Shop");
      assertThatThrownBy(() -> engine.describeContinuousBackups(new DescribeContinuousBackupsRequest("Nope")))
          .isInstanceOf(TableNotFoundException.class)
          .hasMessage("Table not found: Nope");
    }

    @Test
    void periodOutOfRangeAndMissingTime() {
      engine.createTable(pkSk("Shop"));
      assertThatThrownBy(() -> enable("Shop", 36))
          .isInstanceOf(ValidationException.class)
          .hasMessage("1 validation error detected: Value '36' at "
              + "'pointInTimeRecoverySpecification.recoveryPeriodInDays' failed to satisfy "
              + "constraint: Member must have value less than or equal to 35");
      enable("Shop", null);
      assertThatThrownBy(() -> engine.restoreTableToPointInTime(RestoreTableToPointInTimeRequest
          .builder().sourceTableName("Shop").targetTableName("New").build()))
          .isInstanceOf(ValidationException.class);
    }
  }
}
