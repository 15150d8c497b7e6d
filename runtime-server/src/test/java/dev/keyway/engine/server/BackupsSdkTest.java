package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BackupNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.BackupStatus;
import software.amazon.awssdk.services.dynamodb.model.InvalidRestoreTimeException;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryUnavailableException;
import software.amazon.awssdk.services.dynamodb.model.TableAlreadyExistsException;

/** Backups and point-in-time recovery through the real AWS SDK v2 client, over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupsSdkTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private final ManualClock clock = new ManualClock(T0);
  private Engine engine;
  private KeywayServer server;
  private DynamoDbClient client;

  @BeforeAll
  void start() {
    engine = Engine.builder().clock(clock).build();
    server = KeywayServer.start(engine, ServerConfig.defaults(0));
    client = TestServers.sdkClient(server);
  }

  @AfterAll
  void stop() {
    client.close();
    server.close();
    engine.close();
  }

  private void put(String table, String pk, String v) {
    client.putItem(b -> b.tableName(table).item(Map.of("PK", AttributeValue.fromS(pk),
        "SK", AttributeValue.fromS("s"), "v", AttributeValue.fromS(v))));
  }

  @Test
  void backupDescribeListRestoreDelete() {
    client.createTable(TestServers.table("Sdk_b"));
    put("Sdk_b", "a", "1");
    var details = client.createBackup(b -> b.tableName("Sdk_b").backupName("first")).backupDetails();
    assertThat(details.backupStatus()).isEqualTo(BackupStatus.AVAILABLE);
    assertThat(details.backupCreationDateTime()).isEqualTo(clock.instant());
    String arn = details.backupArn();

    var description = client.describeBackup(b -> b.backupArn(arn)).backupDescription();
    assertThat(description.sourceTableDetails().tableName()).isEqualTo("Sdk_b");
    assertThat(description.sourceTableDetails().itemCount()).isEqualTo(1L);
    assertThat(client.listBackups(b -> b.tableName("Sdk_b")).backupSummaries())
        .extracting(s -> s.backupArn()).containsExactly(arn);

    var restored = client.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("Sdk_b2"))
        .tableDescription();
    assertThat(restored.itemCount()).isEqualTo(1L);
    assertThat(restored.restoreSummary().sourceBackupArn()).isEqualTo(arn);
    assertThat(restored.restoreSummary().sourceTableArn()).endsWith(":table/Sdk_b");
    assertThat(restored.restoreSummary().restoreDateTime()).isEqualTo(details.backupCreationDateTime());
    assertThat(restored.restoreSummary().restoreInProgress()).isFalse();
    assertThat(client.describeTable(b -> b.tableName("Sdk_b2")).table().restoreSummary())
        .isEqualTo(restored.restoreSummary());
    assertThat(client.scan(b -> b.tableName("Sdk_b2")).items()).hasSize(1);
    assertThatThrownBy(() -> client.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("Sdk_b2")))
        .isInstanceOf(TableAlreadyExistsException.class)
        .hasMessageStartingWith("Table already exists: Sdk_b2");

    assertThat(client.deleteBackup(b -> b.backupArn(arn)).backupDescription().backupDetails()
        .backupStatus()).isEqualTo(BackupStatus.DELETED);
    assertThatThrownBy(() -> client.describeBackup(b -> b.backupArn(arn)))
        .isInstanceOf(BackupNotFoundException.class)
        .hasMessageStartingWith("Backup not found: " + arn);
  }

  @Test
  void pointInTimeRecoveryToAChosenSecond() {
    client.createTable(TestServers.table("Sdk_p"));
    assertThatThrownBy(() -> client.restoreTableToPointInTime(b -> b.sourceTableName("Sdk_p")
        .targetTableName("Sdk_p2").useLatestRestorableTime(true)))
        .isInstanceOf(PointInTimeRecoveryUnavailableException.class)
        .hasMessageStartingWith("Point in time recovery is not enabled for table 'Sdk_p'");

    Instant enabled = clock.instant();
    var pitr = client.updateContinuousBackups(b -> b.tableName("Sdk_p")
        .pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(true)))
        .continuousBackupsDescription().pointInTimeRecoveryDescription();
    assertThat(pitr.pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.ENABLED);
    assertThat(pitr.recoveryPeriodInDays()).isEqualTo(35);
    put("Sdk_p", "a", "first");
    clock.advance(Duration.ofSeconds(30));
    put("Sdk_p", "a", "second");
    clock.advance(Duration.ofMinutes(10));
    var described = client.describeContinuousBackups(b -> b.tableName("Sdk_p"))
        .continuousBackupsDescription().pointInTimeRecoveryDescription();
    assertThat(described.earliestRestorableDateTime()).isEqualTo(enabled);
    assertThat(described.latestRestorableDateTime()).isEqualTo(clock.instant().minus(Duration.ofMinutes(5)));

    client.restoreTableToPointInTime(b -> b.sourceTableName("Sdk_p").targetTableName("Sdk_p2")
        .restoreDateTime(enabled.plusSeconds(29)));
    assertThat(client.scan(b -> b.tableName("Sdk_p2")).items().get(0).get("v").s()).isEqualTo("first");
    assertThatThrownBy(() -> client.restoreTableToPointInTime(b -> b.sourceTableName("Sdk_p")
        .targetTableName("Sdk_p3").restoreDateTime(enabled.minusSeconds(1))))
        .isInstanceOf(InvalidRestoreTimeException.class);
  }
}
