package dev.keyway.engine.stream;

import static dev.keyway.engine.stream.StreamTables.put;
import static dev.keyway.engine.stream.StreamTables.withStream;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.streams.DescribeStreamRequest;
import dev.keyway.ops.streams.GetRecordsRequest;
import dev.keyway.ops.streams.GetRecordsResponse;
import dev.keyway.ops.streams.GetShardIteratorRequest;
import dev.keyway.ops.streams.Record;
import dev.keyway.ops.streams.ShardIteratorType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GetRecords returns at most 1 MB of records per call, as DynamoDB Streams does. */
class GetRecordsPagingTest {

  @Test
  void aCallStopsBeforeTheRecordThatWouldPassOneMegabyte() {
    try (Engine engine = Engine.inMemory()) {
      engine.createTable(withStream("Orders", StreamViewType.NEW_IMAGE));
      for (int i = 0; i < 5; i++) { // about 300 KB each
        put(engine, "Orders", "PK", "p" + i, "SK", "s", "v", "x".repeat(300 * 1024));
      }
      String arn = engine.describeTable(DescribeTableRequest.builder().tableName("Orders")
          .build()).table().latestStreamArn();
      StreamsService streams = engine.streams();
      String shard = streams.describeStream(new DescribeStreamRequest(arn, null, null))
          .streamDescription().shards().get(0).shardId();
      String iterator = streams.getShardIterator(new GetShardIteratorRequest(arn, shard,
          ShardIteratorType.TRIM_HORIZON, null)).shardIterator();
      List<Integer> perCall = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      while (iterator != null && perCall.size() < 5) {
        GetRecordsResponse page = streams.getRecords(new GetRecordsRequest(iterator, null));
        if (page.records().isEmpty()) {
          break;
        }
        perCall.add(page.records().size());
        long bytes = 0;
        for (Record r : page.records()) {
          bytes += r.dynamodb().sizeBytes();
          keys.add(r.dynamodb().keys().get("PK").toString());
        }
        assertThat(bytes).isLessThanOrEqualTo(1024 * 1024);
        iterator = page.nextShardIterator();
      }
      assertThat(perCall).containsExactly(3, 2);
      assertThat(keys).hasSize(5).doesNotHaveDuplicates();
    }
  }

  @Test
  void aSingleRecordOverOneMegabyteIsStillReturned() {
    ChangeRecord big = new ChangeRecord(1, dev.keyway.ops.streams.OperationType.INSERT,
        java.util.Map.of(), null, null, java.time.Instant.EPOCH, 2 * 1024 * 1024,
        StreamViewType.KEYS_ONLY, false);
    assertThat(StreamsService.firstMegabyte(List.of(big, big))).containsExactly(big);
  }
}
