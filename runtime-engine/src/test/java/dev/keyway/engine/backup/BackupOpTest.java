package dev.keyway.engine.backup;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.keys;
import static dev.keyway.engine.Fixtures.pkSk;
import static dev.keyway.engine.Fixtures.s;
import static dev.keyway.engine.Fixtures.withIndexes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.error.BackupNotFoundException;
import dev.keyway.error.TableAlreadyExistsException;
import dev.keyway.error.TableNotFoundException;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.BackupDescription;
import dev.keyway.ops.BackupDetails;
import dev.keyway.ops.BackupStatus;
import dev.keyway.ops.BackupSummary;
import dev.keyway.ops.BackupType;
import dev.keyway.ops.BackupTypeFilter;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateBackupRequest;
import dev.keyway.ops.DeleteBackupRequest;
import dev.keyway.ops.DeleteTableRequest;
import dev.keyway.ops.DescribeBackupRequest;
import dev.keyway.ops.GlobalSecondaryIndex;
import dev.keyway.ops.ListBackupsRequest;
import dev.keyway.ops.ListBackupsResponse;
import dev.keyway.ops.Projection;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.RestoreSummary;
import dev.keyway.ops.RestoreTableFromBackupRequest;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.TableDescription;
import dev.keyway.ops.TableStatus;
import dev.keyway.ops.TimeToLiveSpecification;
import dev.keyway.ops.UpdateTimeToLiveRequest;
import dev.keyway.model.AttributeValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BackupOpTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private final ManualClock clock = new ManualClock(START);
  private final Engine engine = Engine.builder().clock(clock).build();

  private void put(String table, Map<String, AttributeValue> item) {
    engine.putItem(PutItemRequest.builder().tableName(table).item(item).build());
  }

  private String backup(String table, String name) {
    return engine.createBackup(new CreateBackupRequest(table, name)).backupDetails().backupArn();
  }

  private List<Map<String, AttributeValue>> scan(String table) {
    return engine.scan(ScanRequest.builder().tableName(table).build()).items();
  }

  @Nested
  class Behaviour {
    @Test
    void createBackupReportsDynamoDbsDetailsAndArnForm() {
      engine.createTable(pkSk("Shop"));
      put("Shop", item("PK", "a", "SK", "1", "v", "x"));
      BackupDetails d = engine.createBackup(new CreateBackupRequest("Shop", "nightly")).backupDetails();
      assertThat(d.backupArn()).matches(
          "arn:aws:dynamodb:us-east-1:000000000000:table/Shop/backup/0"
              + START.toEpochMilli() + "-[0-9a-f]{8}");
      assertThat(d.backupName()).isEqualTo("nightly");
      assertThat(d.backupStatus()).isEqualTo(BackupStatus.AVAILABLE);
      assertThat(d.backupType()).isEqualTo(BackupType.USER);
      assertThat(d.backupCreationDateTime()).isEqualTo(START);
      assertThat(d.backupSizeBytes()).isEqualTo(2 + 1 + 2 + 1 + 1 + 1);
      assertThat(d.backupExpiryDateTime()).isNull();
    }

    @Test
    void restoreHasTheItemsAsOfTheBackupNotLaterWrites() {
      engine.createTable(pkSk("Shop"));
      put("Shop", item("PK", "a", "SK", "1", "v", "old"));
      String arn = backup("Shop", "bk1");
      put("Shop", item("PK", "a", "SK", "1", "v", "new"));
      put("Shop", item("PK", "b", "SK", "2"));

      TableDescription restored = engine.restoreTableFromBackup(RestoreTableFromBackupRequest
          .builder().targetTableName("Shop2").backupArn(arn).build()).tableDescription();
      assertThat(restored.tableStatus()).isEqualTo(TableStatus.ACTIVE);
      assertThat(restored.itemCount()).isEqualTo(1);
      assertThat(scan("Shop2")).containsExactly(item("PK", "a", "SK", "1", "v", "old"));
      assertThat(scan("Shop")).hasSize(2);
    }

    @Test
    void restoredTableReportsItsSourceInRestoreSummaryAndOtherTablesDoNot() {
      engine.createTable(pkSk("Shop"));
      String arn = backup("Shop", "bk1");
      engine.restoreTableFromBackup(RestoreTableFromBackupRequest.builder()
          .targetTableName("Shop2").backupArn(arn).build());

      RestoreSummary summary = engine.describeTable(new DescribeTableRequest("Shop2")).table().restoreSummary();
      assertThat(summary).isEqualTo(new RestoreSummary(arn,
          "arn:aws:dynamodb:us-east-1:000000000000:table/Shop", START, false));
      assertThat(engine.describeTable(new DescribeTableRequest("Shop")).table().restoreSummary()).isNull();
    }

    @Test
    void restoredTableKeepsItsIndexesAndTheyAreQueryable() {
      engine.createTable(withIndexes("Idx"));
      put("Idx", item("PK", "a", "SK", "1", "GSI1PK", "g", "GSI1SK", "x", "LSK", 5));
      String arn = backup("Idx", "bkp");
      engine.restoreTableFromBackup(RestoreTableFromBackupRequest.builder()
          .targetTableName("Idx2").backupArn(arn).build());
      var gsi = engine.query(QueryRequest.builder().tableName("Idx2").indexName("GSI1")
          .keyConditionExpression("GSI1PK = :g").expressionAttributeValues(Map.of(":g", s("g")))
          .build());
      assertThat(gsi.count()).isEqualTo(1);
      var lsi = engine.query(QueryRequest.builder().tableName("Idx2").indexName("LSI1")
          .keyConditionExpression("PK = :p").expressionAttributeValues(Map.of(":p", s("a")))
          .build());
      assertThat(lsi.count()).isEqualTo(1);
    }

    @Test
    void overridesReplaceBillingAndIndexes() {
      engine.createTable(withIndexes("Idx"));
      put("Idx", item("PK", "a", "SK", "1", "GSI1PK", "g", "GSI1SK", "x"));
      String arn = backup("Idx", "bkp");
      TableDescription t = engine.restoreTableFromBackup(RestoreTableFromBackupRequest.builder()
          .targetTableName("Idx2").backupArn(arn)
          .billingModeOverride(BillingMode.PROVISIONED)
          .provisionedThroughputOverride(new ProvisionedThroughput(7L, 3L))
          .globalSecondaryIndexOverride(List.of(new GlobalSecondaryIndex("BySk", keys("SK", null),
              new Projection(ProjectionType.KEYS_ONLY, null), null, null)))
          .build()).tableDescription();
      assertThat(t.billingModeSummary()).isNull();
      assertThat(t.provisionedThroughput().readCapacityUnits()).isEqualTo(7L);
      assertThat(t.globalSecondaryIndexes()).extracting(g -> g.indexName()).containsExactly("BySk");
      assertThat(t.globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits())
          .isEqualTo(3L);
      assertThat(t.attributeDefinitions()).extracting(d -> d.attributeName())
          .containsExactlyInAnyOrder("PK", "SK", "LSK");
      assertThat(engine.query(QueryRequest.builder().tableName("Idx2").indexName("BySk")
          .keyConditionExpression("SK = :s").expressionAttributeValues(Map.of(":s", s("1")))
          .build()).count()).isEqualTo(1);
    }

    @Test
    void anOnDemandOverrideSetsTheRestoredTablesMaximum() {
      engine.createTable(pkSk("Shop").toBuilder()
          .onDemandThroughput(new dev.keyway.ops.OnDemandThroughput(10L, 20L)).build());
      String arn = backup("Shop", "bkp");
      TableDescription kept = engine.restoreTableFromBackup(RestoreTableFromBackupRequest.builder()
          .targetTableName("Kept").backupArn(arn).build()).tableDescription();
      assertThat(kept.onDemandThroughput())
          .isEqualTo(new dev.keyway.ops.OnDemandThroughput(10L, 20L));
      TableDescription t = engine.restoreTableFromBackup(RestoreTableFromBackupRequest.builder()
          .targetTableName("Capped").backupArn(arn)
          .onDemandThroughputOverride(new dev.keyway.ops.OnDemandThroughput(null, 5L))
          .build()).tableDescription();
      assertThat(t.onDemandThroughput())
          .isEqualTo(new dev.keyway.ops.OnDemandThroughput(null, 5L));
      engine.updateContinuousBackups(dev.keyway.ops.UpdateContinuousBackupsRequest.builder()
          .tableName("Shop").pointInTimeRecoverySpecification(
              new dev.keyway.ops.PointInTimeRecoverySpecification(true, null)).build());
      TableDescription pitr = engine.restoreTableToPointInTime(
          dev.keyway.ops.RestoreTableToPointInTimeRequest.builder().sourceTableName("Shop")
              .targetTableName("Pitr").useLatestRestorableTime(true)
              .onDemandThroughputOverride(new dev.keyway.ops.OnDemandThroughput(3L, null))
              .build()).tableDescription();
      assertThat(pitr.onDemandThroughput())
          .isEqualTo(new dev.keyway.ops.OnDemandThroughput(3L, null));
    }

    @Test
    void anOnDemandOverrideOnAProvisionedRestoreIsRefused() {
      engine.createTable(pkSk("Shop"));
      String arn = backup("Shop", "bkp");
      assertThatThrownBy(() -> engine.restoreTableFromBackup(RestoreTableFromBackupRequest
          .builder().targetTableName("Prov").backupArn(arn)
          .billingModeOverride(BillingMode.PROVISIONED)
          .provisionedThroughputOverride(new ProvisionedThroughput(5L, 5L))
          .onDemandThroughputOverride(new dev.keyway.ops.OnDemandThroughput(3L, null)).build()))
          .isInstanceOf(dev.keyway.error.ValidationException.class)
          .hasMessage("One or more parameter values were invalid: MaxReadRequestUnits for "
              + "OnDemandThroughput cannot be specified when table BillingMode is PROVISIONED.");
    }

    @Test
    void describeShowsTheSourceTableAndItsFeatures() {
      engine.createTable(withIndexes("Idx"));
      engine.updateTimeToLive(new UpdateTimeToLiveRequest("Idx",
          new TimeToLiveSpecification(true, "expires")));
      put("Idx", item("PK", "a", "SK", "1"));
      String arn = backup("Idx", "bkp");
      BackupDescription d = engine.describeBackup(new DescribeBackupRequest(arn)).backupDescription();
      assertThat(d.sourceTableDetails().tableName()).isEqualTo("Idx");
      assertThat(d.sourceTableDetails().itemCount()).isEqualTo(1);
      assertThat(d.sourceTableDetails().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
      assertThat(d.sourceTableDetails().keySchema()).isEqualTo(keys("PK", "SK"));
      assertThat(d.sourceTableFeatureDetails().globalSecondaryIndexes())
          .extracting(g -> g.indexName()).containsExactly("GSI1");
      assertThat(d.sourceTableFeatureDetails().localSecondaryIndexes())
          .extracting(l -> l.indexName()).containsExactly("LSI1");
      assertThat(d.sourceTableFeatureDetails().timeToLiveDescription().attributeName())
          .isEqualTo("expires");
    }

    @Test
    void backupsOutliveTheirTableAndDeleteReportsDeleted() {
      engine.createTable(pkSk("Gone"));
      String arn = backup("Gone", "last");
      engine.deleteTable(new DeleteTableRequest("Gone"));
      assertThat(engine.describeBackup(new DescribeBackupRequest(arn)).backupDescription()
          .backupDetails().backupName()).isEqualTo("last");
      BackupDescription deleted = engine.deleteBackup(new DeleteBackupRequest(arn)).backupDescription();
      assertThat(deleted.backupDetails().backupStatus()).isEqualTo(BackupStatus.DELETED);
      assertThatThrownBy(() -> engine.describeBackup(new DescribeBackupRequest(arn)))
          .isInstanceOf(BackupNotFoundException.class)
          .hasMessage("Backup not found: " + arn);
    }

    @Test
    void listBackupsPagesInCreationOrderWithFilters() {
      engine.createTable(pkSk("TabA"));
      engine.createTable(pkSk("TabB"));
      String a1 = backup("TabA", "a01");
      clock.advance(Duration.ofSeconds(10));
      String b1 = backup("TabB", "b01");
      clock.advance(Duration.ofSeconds(10));
      String a2 = backup("TabA", "a02");

      ListBackupsResponse first = engine.listBackups(ListBackupsRequest.builder().limit(2).build());
      assertThat(first.backupSummaries()).extracting(BackupSummary::backupArn).containsExactly(a1, b1);
      assertThat(first.lastEvaluatedBackupArn()).isEqualTo(b1);
      ListBackupsResponse second = engine.listBackups(ListBackupsRequest.builder().limit(2)
          .exclusiveStartBackupArn(b1).build());
      assertThat(second.backupSummaries()).extracting(BackupSummary::backupArn).containsExactly(a2);
      assertThat(second.lastEvaluatedBackupArn()).isNull();

      assertThat(engine.listBackups(ListBackupsRequest.builder().tableName("TabA").build())
          .backupSummaries()).extracting(BackupSummary::backupName).containsExactly("a01", "a02");
      assertThat(engine.listBackups(ListBackupsRequest.builder()
          .timeRangeLowerBound(START.plusSeconds(10)).timeRangeUpperBound(START.plusSeconds(20))
          .build()).backupSummaries()).extracting(BackupSummary::backupName).containsExactly("b01");
      assertThat(engine.listBackups(ListBackupsRequest.builder()
          .backupType(BackupTypeFilter.SYSTEM).build()).backupSummaries()).isEmpty();
      BackupSummary s = engine.listBackups(ListBackupsRequest.builder().tableName("TabB").build())
          .backupSummaries().get(0);
      assertThat(s.tableArn()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/TabB");
      assertThat(s.backupStatus()).isEqualTo(BackupStatus.AVAILABLE);
    }
  }

  @Nested
  class Errors {
    @Test
    void backupOfAMissingTable() {
      assertThatThrownBy(() -> engine.createBackup(new CreateBackupRequest("Nope", "bkp")))
          .isInstanceOf(TableNotFoundException.class)
          .hasMessage("Table not found: Nope");
    }

    @Test
    void backupNameIsValidatedLikeATableName() {
      engine.createTable(pkSk("Shop"));
      assertThatThrownBy(() -> engine.createBackup(new CreateBackupRequest("Shop", "a b")))
          .isInstanceOf(ValidationException.class)
          .hasMessage("1 validation error detected: Value 'a b' at 'backupName' failed to satisfy "
              + "constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
    }

    @Test
    void restoreOntoAnExistingTable() {
      engine.createTable(pkSk("Shop"));
      String arn = backup("Shop", "bkp");
      assertThatThrownBy(() -> engine.restoreTableFromBackup(RestoreTableFromBackupRequest
          .builder().targetTableName("Shop").backupArn(arn).build()))
          .isInstanceOf(TableAlreadyExistsException.class)
          .hasMessage("Table already exists: Shop");
    }

    @Test
    void restoreOrDeleteOfAnUnknownBackup() {
      String arn = "arn:aws:dynamodb:us-east-1:000000000000:table/X/backup/01700000000000-00000000";
      assertThatThrownBy(() -> engine.restoreTableFromBackup(RestoreTableFromBackupRequest
          .builder().targetTableName("New").backupArn(arn).build()))
          .isInstanceOf(BackupNotFoundException.class)
          .hasMessage("Backup not found: " + arn);
      assertThatThrownBy(() -> engine.deleteBackup(new DeleteBackupRequest(arn)))
          .isInstanceOf(BackupNotFoundException.class)
          .hasMessage("Backup not found: " + arn);
    }

    @Test
    void indexOverrideOnAnUndefinedAttributeCreatesNothing() {
      engine.createTable(pkSk("Shop"));
      String arn = backup("Shop", "bkp");
      assertThatThrownBy(() -> engine.restoreTableFromBackup(RestoreTableFromBackupRequest
          .builder().targetTableName("New").backupArn(arn)
          .globalSecondaryIndexOverride(List.of(new GlobalSecondaryIndex("ByOther", keys("Other", null),
              new Projection(ProjectionType.ALL, null), null, null))).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Some index key attributes are "
              + "not defined in AttributeDefinitions. Keys: [Other], AttributeDefinitions: [PK, SK]");
      assertThat(engine.listTables(dev.keyway.ops.ListTablesRequest.builder().build()).tableNames())
          .containsExactly("Shop");
    }

    @Test
    void listLimitOutOfRange() {
      assertThatThrownBy(() -> engine.listBackups(ListBackupsRequest.builder().limit(0).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("1 validation error detected: Value '0' at 'limit' failed to satisfy "
              + "constraint: Member must have value greater than or equal to 1");
    }
  }
}
