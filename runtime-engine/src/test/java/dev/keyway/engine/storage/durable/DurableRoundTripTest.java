package dev.keyway.engine.storage.durable;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.keys;
import static dev.keyway.engine.Fixtures.pkOnly;
import static dev.keyway.engine.Fixtures.pkSk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.capacity.OnDemandTables;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.DynamoNumber;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.CreateGlobalSecondaryIndexAction;
import dev.keyway.ops.Delete;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.DeleteRequest;
import dev.keyway.ops.DeleteResourcePolicyRequest;
import dev.keyway.ops.DeleteTableRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.GlobalSecondaryIndexUpdate;
import dev.keyway.ops.OnDemandThroughput;
import dev.keyway.ops.Projection;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.Put;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.PutRequest;
import dev.keyway.ops.PutResourcePolicyRequest;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.StreamSpecification;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.Tag;
import dev.keyway.ops.TagResourceRequest;
import dev.keyway.ops.TimeToLiveSpecification;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.UntagResourceRequest;
import dev.keyway.ops.Update;
import dev.keyway.ops.UpdateItemRequest;
import dev.keyway.ops.UpdateTableRequest;
import dev.keyway.ops.UpdateTimeToLiveRequest;
import dev.keyway.ops.WriteRequest;
import dev.keyway.engine.storage.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of change survives close and reopen, in every durability mode and across checkpoints. */
class DurableRoundTripTest {
  @TempDir Path dir;

  private Engine open(Durability mode, long checkpointBytes) {
    return Engine.builder().durable(dir, DurableOptions.defaults().withDurability(mode)
        .withCheckpointBytes(checkpointBytes)).build();
  }

  @ParameterizedTest
  @EnumSource(Durability.class)
  void everyOperationKindSurvivesReopen(Durability mode) {
    Engine engine = open(mode, 64L << 20);
    writeEverything(engine);
    String before = EngineState.of(engine);
    engine.close();

    Engine reopened = open(mode, 64L << 20);
    assertThat(EngineState.of(reopened)).isEqualTo(before);
    reopened.close();
  }

  @Test
  void reopensFromTheLogWithoutACheckpoint() {
    Engine engine = open(Durability.NONE, 64L << 20);
    writeEverything(engine);
    String before = EngineState.of(engine);
    // no close: as after a crash, only the log is there
    Engine crashed = engine;

    Path copy = dir.resolveSibling(dir.getFileName() + "-copy");
    copyDirectory(dir, copy);
    Engine recovered = Engine.builder().durable(copy, DurableOptions.defaults()).build();
    assertThat(EngineState.of(recovered)).isEqualTo(before);
    recovered.close();
    crashed.close();
  }

  @Test
  void checkpointThenMoreWritesThenReopen() throws Exception {
    Engine engine = open(Durability.NONE, 4096);
    engine.createTable(pkSk("Shop"));
    for (int i = 0; i < 2000; i++) {
      put(engine, "p" + (i % 50), "s" + i, "payload", "x".repeat(i % 100));
    }
    waitForSnapshot();
    for (int i = 0; i < 100; i++) {
      engine.deleteItem(DeleteItemRequest.builder().tableName("Shop").key(item("PK", "p" + (i % 50), "SK", "s" + i)).build());
    }
    String before = EngineState.of(engine);
    engine.close();

    assertThat(DataFiles.snapshots(dir)).hasSize(1);
    assertThat(DataFiles.segments(dir)).hasSize(1); // older segments were deleted
    Engine reopened = open(Durability.NONE, 4096);
    assertThat(EngineState.of(reopened)).isEqualTo(before);
    reopened.close();
  }

  @Test
  void reopenAfterReopenKeepsAppending() {
    Engine engine = open(Durability.GROUP, 64L << 20);
    engine.createTable(pkOnly("Tbl"));
    engine.putItem(PutItemRequest.builder().tableName("Tbl").item(item("PK", "a")).build());
    engine.close();
    engine = open(Durability.GROUP, 64L << 20);
    engine.putItem(PutItemRequest.builder().tableName("Tbl").item(item("PK", "b")).build());
    String before = EngineState.of(engine);
    engine.close();
    engine = open(Durability.GROUP, 64L << 20);
    assertThat(EngineState.of(engine)).isEqualTo(before).contains("PK=S[value=b]");
    engine.close();
  }

  private void waitForSnapshot() throws InterruptedException {
    for (int i = 0; i < 500 && DataFiles.snapshots(dir).isEmpty(); i++) {
      Thread.sleep(10);
    }
    assertThat(DataFiles.snapshots(dir)).isNotEmpty();
  }

  /**
   * Puts, updates, deletes, a batch, a transaction, table changes, a GSI, tags, TTL, and
   * resource-based policies on tables and a stream.
   */
  static void writeEverything(Engine engine) {
    engine.createTable(pkSk("Shop"));
    engine.createTable(pkOnly("Gone"));
    engine.createTable(pkOnly("Guarded").toBuilder().resourcePolicy(policy("dynamodb:GetItem")).build());
    engine.createTable(pkOnly("Unguarded").toBuilder().resourcePolicy(policy("dynamodb:Query")).build());
    engine.createTable(OnDemandTables.cappedGsi("Capped", 30L, null).toBuilder()
        .onDemandThroughput(new OnDemandThroughput(null, 12L)).build());
    put(engine, "u1", "profile", "email", "a@x");
    engine.putItem(PutItemRequest.builder().tableName("Shop").item(everyType()).build());
    engine.putItem(PutItemRequest.builder().tableName("Gone").item(item("PK", "x")).build());
    engine.updateTable(UpdateTableRequest.builder().tableName("Shop")
        .attributeDefinitions(List.of(new AttributeDefinition("email", ScalarAttributeType.S)))
        .globalSecondaryIndexUpdates(List.of(new GlobalSecondaryIndexUpdate(null,
            new CreateGlobalSecondaryIndexAction("ByEmail", keys("email", null),
                new Projection(ProjectionType.INCLUDE, List.of("n")), null, null), null))).build());
    put(engine, "u2", "profile", "email", "b@x");
    engine.updateItem(UpdateItemRequest.builder().tableName("Shop").key(item("PK", "u1", "SK", "profile"))
        .updateExpression("SET n = :n, email = :e").expressionAttributeValues(item(":n", 7, ":e", "c@x")).build());
    engine.deleteItem(DeleteItemRequest.builder().tableName("Shop").key(item("PK", "u2", "SK", "profile")).build());
    engine.batchWriteItem(BatchWriteItemRequest.builder().requestItems(Map.of("Shop", List.of(
        new WriteRequest(new PutRequest(item("PK", "b1", "SK", "s", "email", "d@x")), null),
        new WriteRequest(new PutRequest(item("PK", "b2", "SK", "s")), null),
        new WriteRequest(null, new DeleteRequest(item("PK", "u1", "SK", "profile"))))))
        .build());
    engine.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(List.of(
        TransactWriteItem.builder().put(Put.builder().tableName("Shop").item(item("PK", "t1", "SK", "s", "email", "e@x")).build()).build(),
        TransactWriteItem.builder().update(Update.builder().tableName("Shop").key(item("PK", "b2", "SK", "s"))
            .updateExpression("ADD n :one").expressionAttributeValues(item(":one", 1)).build()).build(),
        TransactWriteItem.builder().delete(Delete.builder().tableName("Shop").key(item("PK", "b1", "SK", "s")).build()).build()))
        .build());
    String arn = Catalog.arnOf("Shop");
    engine.tagResource(new TagResourceRequest(arn, List.of(new Tag("team", "core"), new Tag("env", "dev"))));
    engine.untagResource(new UntagResourceRequest(arn, List.of("env")));
    engine.updateTimeToLive(new UpdateTimeToLiveRequest("Shop", new TimeToLiveSpecification(true, "expires")));
    engine.updateTable(UpdateTableRequest.builder().tableName("Shop").deletionProtectionEnabled(true).build());
    engine.deleteTable(new DeleteTableRequest("Gone"));
    engine.putResourcePolicy(new PutResourcePolicyRequest(arn, policy("dynamodb:PutItem"), null, null));
    engine.putResourcePolicy(new PutResourcePolicyRequest(Catalog.arnOf("Guarded"), policy("dynamodb:Scan"), null, null));
    engine.deleteResourcePolicy(new DeleteResourcePolicyRequest(Catalog.arnOf("Unguarded"), null));
    engine.updateTable(UpdateTableRequest.builder().tableName("Guarded")
        .streamSpecification(new StreamSpecification(true, StreamViewType.KEYS_ONLY)).build());
    String stream = engine.describeTable(new DescribeTableRequest("Guarded")).table().latestStreamArn();
    engine.putResourcePolicy(new PutResourcePolicyRequest(stream, policy("dynamodb:GetRecords"), null, null));
  }

  private static String policy(String action) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
        + "\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"" + action + "\",\"Resource\":\"*\"}]}";
  }

  private static Map<String, AttributeValue> everyType() {
    return item("PK", "types", "SK", "all",
        "b", AttributeValue.b(new byte[] {0, 1, -1}),
        "bool", AttributeValue.bool(true),
        "nul", AttributeValue.nul(),
        "l", AttributeValue.list(AttributeValue.s("x"), AttributeValue.n("1.50")),
        "m", AttributeValue.map(Map.of("k", AttributeValue.s("ü€"))),
        "ss", AttributeValue.stringSet("a", "b"),
        "ns", AttributeValue.numberSet(List.of(DynamoNumber.parse("-1E+125"), DynamoNumber.parse("12345678901234567890123456789012345678"))),
        "bs", AttributeValue.binarySet(List.of(dev.keyway.model.Bytes.wrap(new byte[] {9}))),
        "n", AttributeValue.n("0.000001"));
  }

  static void put(Engine engine, String pk, String sk, String name, String value) {
    engine.putItem(PutItemRequest.builder().tableName("Shop").item(item("PK", pk, "SK", sk, name, value)).build());
  }

  private static void copyDirectory(Path from, Path to) {
    try {
      Files.createDirectories(to);
      try (var files = Files.list(from)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          if (!f.getFileName().toString().equals(DataFiles.LOCK)) {
            Files.copy(f, to.resolve(f.getFileName()));
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
