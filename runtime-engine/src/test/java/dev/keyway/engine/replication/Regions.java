package dev.keyway.engine.replication;

import static dev.keyway.engine.Fixtures.item;

import dev.keyway.engine.Engine;
import dev.keyway.engine.Fixtures;
import dev.keyway.engine.ManualClock;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.CreateReplicationGroupMemberAction;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.DeleteReplicationGroupMemberAction;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.ReplicationGroupUpdate;
import dev.keyway.ops.StreamSpecification;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.UpdateTableRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Engines of several regions on one manual {@link ReplicaNetwork}, each on its own settable
 * clock, so tests decide when changes travel and what time each write carries.
 */
final class Regions implements AutoCloseable {
  static final String US = "us-east-1";
  static final String EU = "eu-west-1";
  static final String AP = "ap-south-1";

  final ReplicaNetwork network = ReplicaNetwork.manual();
  private final Map<String, Engine> engines = new LinkedHashMap<>();
  private final Map<String, ManualClock> clocks = new LinkedHashMap<>();

  Regions(String... regions) {
    for (String region : regions) {
      ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
      clocks.put(region, clock);
      engines.put(region, Engine.builder().region(region).clock(clock).replicas(network).build());
    }
  }

  Engine engine(String region) {
    return engines.get(region);
  }

  ManualClock clock(String region) {
    return clocks.get(region);
  }

  /** A PK/SK table with a NEW_AND_OLD_IMAGES stream, as replicas need. */
  static CreateTableRequest table(String name) {
    return Fixtures.pkSk(name).toBuilder()
        .streamSpecification(new StreamSpecification(true, StreamViewType.NEW_AND_OLD_IMAGES)).build();
  }

  static UpdateTableRequest addReplica(String table, String region) {
    return UpdateTableRequest.builder().tableName(table).replicaUpdates(List.of(
        ReplicationGroupUpdate.builder()
            .create(CreateReplicationGroupMemberAction.builder().regionName(region).build()).build()))
        .build();
  }

  static UpdateTableRequest removeReplica(String table, String region) {
    return UpdateTableRequest.builder().tableName(table).replicaUpdates(List.of(
        ReplicationGroupUpdate.builder()
            .delete(DeleteReplicationGroupMemberAction.builder().regionName(region).build()).build()))
        .build();
  }

  /** Creates {@code table} in {@code home} with replicas in every other region. */
  void globalTable(String table, String home) {
    engine(home).createTable(table(table));
    for (String region : engines.keySet()) {
      if (!region.equals(home)) {
        engine(home).updateTable(addReplica(table, region));
      }
    }
  }

  static void put(Engine engine, String table, Object... pairs) {
    engine.putItem(PutItemRequest.builder().tableName(table).item(item(pairs)).build());
  }

  /** The item under PK/SK, read strongly consistently; null when absent. */
  static Map<String, AttributeValue> get(Engine engine, String table, String pk, String sk) {
    return engine.getItem(GetItemRequest.builder().tableName(table)
        .key(item("PK", pk, "SK", sk)).consistentRead(true).build()).item();
  }

  @Override
  public void close() {
    engines.values().forEach(Engine::close);
    network.close();
  }
}
