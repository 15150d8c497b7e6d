package dev.keyway.engine.replication;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.n;
import static dev.keyway.engine.Fixtures.s;
import static dev.keyway.engine.replication.Regions.AP;
import static dev.keyway.engine.replication.Regions.EU;
import static dev.keyway.engine.replication.Regions.US;
import static dev.keyway.engine.replication.Regions.get;
import static dev.keyway.engine.replication.Regions.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.Put;
import dev.keyway.ops.PutRequest;
import dev.keyway.ops.TimeToLiveSpecification;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.UpdateItemRequest;
import dev.keyway.ops.UpdateTimeToLiveRequest;
import dev.keyway.ops.WriteRequest;
import dev.keyway.ops.streams.DescribeStreamRequest;
import dev.keyway.ops.streams.GetRecordsRequest;
import dev.keyway.ops.streams.GetShardIteratorRequest;
import dev.keyway.ops.streams.ShardIteratorType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Changes travelling between replicas: every kind of write, conflicts, lag and catching up. */
class ReplicationTest {
  final Regions regions = new Regions(US, EU, AP);
  final Engine us = regions.engine(US);
  final Engine eu = regions.engine(EU);
  final Engine ap = regions.engine(AP);
  final ReplicaNetwork network = regions.network;

  ReplicationTest() {
    regions.globalTable("Shop", US);
  }

  @AfterEach
  void close() {
    regions.close();
  }

  private static void set(Engine engine, String pk, String value) {
    engine.updateItem(UpdateItemRequest.builder().tableName("Shop").key(item("PK", pk, "SK", "1"))
        .updateExpression("SET v = :v").expressionAttributeValues(Map.of(":v", s(value))).build());
  }

  @Test
  void writesReachTheOtherReplicasOnlyWhenDelivered() {
    put(us, "Shop", "PK", "a", "SK", "1", "v", "one");

    assertThat(get(eu, "Shop", "a", "1")).isNull();
    assertThat(network.pending(US, EU)).isEqualTo(1);

    assertThat(network.deliver()).isEqualTo(2);
    assertThat(get(eu, "Shop", "a", "1")).containsEntry("v", s("one"));
    assertThat(get(ap, "Shop", "a", "1")).containsEntry("v", s("one"));
  }

  @Test
  void replicatedWritesAreNotSentOnAgain() {
    put(eu, "Shop", "PK", "a", "SK", "1", "v", "one");
    network.deliver();

    assertThat(network.pending(US, EU) + network.pending(US, AP) + network.pending(AP, EU)
        + network.pending(AP, US) + network.pending(EU, US)).isZero();
    assertThat(network.deliver()).isZero();
  }

  @Test
  void updatesDeletesBatchesAndTransactionsAllReplicate() {
    put(us, "Shop", "PK", "gone", "SK", "1", "v", "x");
    set(us, "kept", "updated");
    us.batchWriteItem(BatchWriteItemRequest.builder().requestItems(Map.of("Shop", List.of(
        new WriteRequest(new PutRequest(item("PK", "b1", "SK", "1")), null),
        new WriteRequest(new PutRequest(item("PK", "b2", "SK", "1")), null)))).build());
    us.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(List.of(
        TransactWriteItem.builder().put(Put.builder().tableName("Shop").item(item("PK", "t1", "SK", "1")).build()).build(),
        TransactWriteItem.builder().put(Put.builder().tableName("Shop").item(item("PK", "t2", "SK", "1")).build()).build()))
        .build());
    network.deliver();
    us.deleteItem(DeleteItemRequest.builder().tableName("Shop").key(item("PK", "gone", "SK", "1")).build());
    network.deliver();

    for (Engine replica : List.of(eu, ap)) {
      assertThat(get(replica, "Shop", "gone", "1")).isNull();
      assertThat(get(replica, "Shop", "kept", "1")).containsEntry("v", s("updated"));
      for (String pk : List.of("b1", "b2", "t1", "t2")) {
        assertThat(get(replica, "Shop", pk, "1")).isNotNull();
      }
    }
  }

  @Test
  void ttlDeletionsReplicate() {
    us.updateTimeToLive(new UpdateTimeToLiveRequest("Shop", new TimeToLiveSpecification(true, "expires")));
    ManualClock clock = regions.clock(US);
    put(us, "Shop", "PK", "s", "SK", "1", "expires", n(clock.instant().getEpochSecond() + 60));
    network.deliver();
    assertThat(get(eu, "Shop", "s", "1")).isNotNull();

    clock.advance(Duration.ofMinutes(2));
    assertThat(us.sweepExpiredItems()).isEqualTo(1);
    network.deliver();

    assertThat(get(eu, "Shop", "s", "1")).isNull();
    assertThat(get(ap, "Shop", "s", "1")).isNull();
  }

  @Test
  void conflictingWritesConvergeOnTheLatest() {
    regions.clock(EU).advance(Duration.ofSeconds(1)); // EU writes a second after US
    set(eu, "c", "from-eu");
    set(us, "c", "from-us");

    network.deliver();

    for (Engine replica : List.of(us, eu, ap)) {
      assertThat(get(replica, "Shop", "c", "1")).containsEntry("v", s("from-eu"));
    }
  }

  @Test
  void writesAtTheSameTimeAreSettledByRegionName() {
    set(ap, "c", "from-ap");
    set(us, "c", "from-us");
    set(eu, "c", "from-eu");

    network.deliver();

    for (Engine replica : List.of(us, eu, ap)) {
      assertThat(get(replica, "Shop", "c", "1")).containsEntry("v", s("from-us")); // the greatest name
    }
  }

  @Test
  void aDeleteAndALaterPutConvergeOnThePut() {
    put(us, "Shop", "PK", "d", "SK", "1", "v", "old");
    network.deliver();
    regions.clock(EU).advance(Duration.ofSeconds(5));
    us.deleteItem(DeleteItemRequest.builder().tableName("Shop").key(item("PK", "d", "SK", "1")).build());
    put(eu, "Shop", "PK", "d", "SK", "1", "v", "new");

    network.deliver();

    assertThat(get(us, "Shop", "d", "1")).containsEntry("v", s("new"));
    assertThat(get(eu, "Shop", "d", "1")).containsEntry("v", s("new"));
  }

  @Test
  void aWriteAfterSeeingANewerOneWinsEvenOnASlowClock() {
    regions.clock(EU).advance(Duration.ofMinutes(10)); // EU's clock runs ahead
    set(eu, "k", "from-eu");
    network.deliver();

    set(us, "k", "from-us"); // made after US saw EU's write
    network.deliver();

    assertThat(get(eu, "Shop", "k", "1")).containsEntry("v", s("from-us"));
    assertThat(get(us, "Shop", "k", "1")).containsEntry("v", s("from-us"));
  }

  @Test
  void aDisconnectedRegionCatchesUpWhenItComesBack() {
    network.disconnect(EU);
    put(us, "Shop", "PK", "a", "SK", "1", "v", "while-away");
    put(eu, "Shop", "PK", "b", "SK", "1", "v", "from-the-island");
    network.deliver();

    assertThat(get(eu, "Shop", "a", "1")).isNull();
    assertThat(get(us, "Shop", "b", "1")).isNull();
    assertThat(get(ap, "Shop", "a", "1")).isNotNull();
    assertThat(network.pending(US, EU)).isEqualTo(1);

    network.reconnect(EU);
    network.deliver();

    assertThat(get(eu, "Shop", "a", "1")).containsEntry("v", s("while-away"));
    assertThat(get(us, "Shop", "b", "1")).containsEntry("v", s("from-the-island"));
    assertThat(get(ap, "Shop", "b", "1")).containsEntry("v", s("from-the-island"));
  }

  @Test
  void replicationLatencyIsTheTimeFromCommitToDelivery() {
    put(us, "Shop", "PK", "a", "SK", "1");
    regions.clock(US).advance(Duration.ofSeconds(3));

    network.deliver();

    assertThat(network.replicationLatency(US, EU)).isEqualTo(Duration.ofSeconds(3));
    assertThat(network.replicationLatency(EU, US)).isNull();
  }

  @Test
  void replicatedWritesAppearInTheReplicasStream() {
    put(us, "Shop", "PK", "a", "SK", "1", "v", "one");
    network.deliver();

    String arn = eu.describeTable(new dev.keyway.ops.DescribeTableRequest("Shop")).table().latestStreamArn();
    var shard = eu.describeStream(new DescribeStreamRequest(arn, null, null))
        .streamDescription().shards().get(0);
    String iterator = eu.getShardIterator(new GetShardIteratorRequest(arn, shard.shardId(),
        ShardIteratorType.TRIM_HORIZON, null)).shardIterator();
    var records = eu.getRecords(new GetRecordsRequest(iterator, null)).records();

    assertThat(records).hasSize(1);
    assertThat(records.get(0).dynamodb().newImage()).containsEntry("v", s("one"));
  }
}
