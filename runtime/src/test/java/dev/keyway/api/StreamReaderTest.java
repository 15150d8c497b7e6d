package dev.keyway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.error.ExpiredIteratorException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.streams.DescribeStreamRequest;
import dev.keyway.ops.streams.DescribeStreamResponse;
import dev.keyway.ops.streams.GetRecordsRequest;
import dev.keyway.ops.streams.GetRecordsResponse;
import dev.keyway.ops.streams.GetShardIteratorRequest;
import dev.keyway.ops.streams.GetShardIteratorResponse;
import dev.keyway.ops.streams.ListStreamsRequest;
import dev.keyway.ops.streams.ListStreamsResponse;
import dev.keyway.ops.streams.OperationType;
import dev.keyway.ops.streams.Record;
import dev.keyway.ops.streams.SequenceNumberRange;
import dev.keyway.ops.streams.Shard;
import dev.keyway.ops.streams.StreamDescription;
import dev.keyway.ops.streams.StreamRecord;
import dev.keyway.ops.streams.StreamStatus;
import dev.keyway.spi.StreamsBackend;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link StreamReader} over a stream of several shards, as DynamoDB splits them (the bundled engine
 * keeps one shard per stream, so the lineage rules are checked here against a scripted backend).
 */
class StreamReaderTest {
  private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/T/stream/2026-01-01T00:00:00.000";

  /** The child is listed before its parent, one shard per DescribeStream page. */
  private final ScriptedStreams streams = new ScriptedStreams()
      .shard("child", "parent", "3")
      .shard("parent", null, "1", "2")
      .close("parent");

  @Test
  void readsAParentShardToItsEndBeforeItsChildren() {
    StreamReader reader = StreamReader.fromTrimHorizon(streams, ARN);
    assertThat(sequences(reader.poll(10))).containsExactly("1", "2");
    assertThat(sequences(reader.poll(10))).containsExactly("3");
    assertThat(reader.poll(10)).isEmpty();
    streams.append("child", "4");
    assertThat(sequences(reader.poll(10))).containsExactly("4");
    assertThat(reader.finished()).isFalse();
  }

  @Test
  void pollReturnsAtMostMaxRecords() {
    StreamReader reader = StreamReader.fromTrimHorizon(streams, ARN);
    List<String> read = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      List<Record> records = reader.poll(1);
      assertThat(records).hasSizeLessThanOrEqualTo(1);
      read.addAll(sequences(records));
    }
    assertThat(read).containsExactly("1", "2", "3");
    assertThatThrownBy(() -> reader.poll(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be at least 1: 0");
  }

  @Test
  void anExpiredIteratorIsRenewedAfterTheLastRecordRead() {
    streams.append("child", "4");
    StreamReader reader = StreamReader.fromTrimHorizon(streams, ARN);
    reader.poll(10);
    assertThat(sequences(reader.poll(1))).containsExactly("3");
    streams.expireIterators();
    assertThat(sequences(reader.poll(10))).containsExactly("4");
    assertThat(streams.iteratorRequests).contains("child AFTER_SEQUENCE_NUMBER 3");
  }

  @Test
  void aResumedReaderGoesOnAfterThePositionsKept() {
    streams.append("child", "4");
    StreamReader first = StreamReader.fromTrimHorizon(streams, ARN);
    first.poll(10);
    assertThat(sequences(first.poll(1))).containsExactly("3");
    Map<String, String> positions = first.positions();
    assertThat(positions).isEqualTo(Map.of("parent", "2", "child", "3"));

    StreamReader resumed = StreamReader.resume(streams, ARN, positions);
    List<String> read = new ArrayList<>(sequences(resumed.poll(10)));   // the parent: nothing after 2
    read.addAll(sequences(resumed.poll(10)));
    assertThat(read).containsExactly("4");
    assertThat(streams.iteratorRequests).contains("parent AFTER_SEQUENCE_NUMBER 2", "child AFTER_SEQUENCE_NUMBER 3");
    assertThat(resumed.positions()).isEqualTo(Map.of("parent", "2", "child", "4"));
  }

  @Test
  void fromLatestSkipsClosedShardsAndRecordsMadeBefore() {
    StreamReader reader = StreamReader.fromLatest(streams, ARN);
    assertThat(reader.poll(10)).isEmpty();
    streams.append("child", "4");
    assertThat(sequences(reader.poll(10))).containsExactly("4");
    assertThat(streams.iteratorRequests).containsExactly("child LATEST null");
  }

  @Test
  void finishedOnceAClosedStreamIsReadToItsEnd() {
    streams.close("child").disable();
    StreamReader reader = StreamReader.fromTrimHorizon(streams, ARN);
    assertThat(reader.finished()).isFalse();
    assertThat(sequences(reader.poll(10))).containsExactly("1", "2");
    assertThat(reader.finished()).isFalse();
    assertThat(sequences(reader.poll(10))).containsExactly("3");
    assertThat(reader.finished()).isTrue();
    assertThat(reader.poll(10)).isEmpty();
  }

  private static List<String> sequences(List<Record> records) {
    return records.stream().map(r -> r.dynamodb().sequenceNumber()).toList();
  }

  /**
   * A StreamsBackend of scripted shards: an iterator is "shard:position", DescribeStream returns
   * one shard per page, and {@link #expireIterators} makes every iterator issued so far expire.
   */
  private static final class ScriptedStreams implements StreamsBackend {
    private final Map<String, List<String>> records = new LinkedHashMap<>();
    private final Map<String, String> parents = new LinkedHashMap<>();
    private final Set<String> closed = new HashSet<>();
    private final Set<String> expired = new HashSet<>();
    private final Set<String> issued = new HashSet<>();
    final List<String> iteratorRequests = new ArrayList<>();
    private StreamStatus status = StreamStatus.ENABLED;

    ScriptedStreams shard(String id, String parent, String... sequences) {
      records.put(id, new ArrayList<>(List.of(sequences)));
      parents.put(id, parent);
      return this;
    }

    ScriptedStreams close(String id) {
      closed.add(id);
      return this;
    }

    void disable() {
      status = StreamStatus.DISABLED;
    }

    void append(String id, String sequence) {
      records.get(id).add(sequence);
    }

    void expireIterators() {
      expired.addAll(issued);
    }

    @Override
    public ListStreamsResponse listStreams(ListStreamsRequest request) {
      throw new AssertionError("the reader knows its stream");
    }

    @Override
    public DescribeStreamResponse describeStream(DescribeStreamRequest request) {
      List<String> ids = List.copyOf(records.keySet());
      int index = request.exclusiveStartShardId() == null ? 0 : ids.indexOf(request.exclusiveStartShardId()) + 1;
      String id = ids.get(index);
      List<String> sequences = records.get(id);
      Shard shard = new Shard(id, new SequenceNumberRange(sequences.get(0),
          closed.contains(id) ? sequences.get(sequences.size() - 1) : null), parents.get(id));
      String lastEvaluated = index + 1 < ids.size() ? id : null;
      return new DescribeStreamResponse(new StreamDescription(ARN, "label", status, StreamViewType.KEYS_ONLY,
          null, "T", null, List.of(shard), lastEvaluated));
    }

    @Override
    public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest request) {
      iteratorRequests.add(request.shardId() + " " + request.shardIteratorType() + " " + request.sequenceNumber());
      List<String> sequences = records.get(request.shardId());
      int position = switch (request.shardIteratorType()) {
        case TRIM_HORIZON -> 0;
        case LATEST -> sequences.size();
        case AT_SEQUENCE_NUMBER -> sequences.indexOf(request.sequenceNumber());
        case AFTER_SEQUENCE_NUMBER -> sequences.indexOf(request.sequenceNumber()) + 1;
      };
      return new GetShardIteratorResponse(issue(request.shardId(), position));
    }

    @Override
    public GetRecordsResponse getRecords(GetRecordsRequest request) {
      if (expired.contains(request.shardIterator())) {
        throw new ExpiredIteratorException("Shard iterator has expired");
      }
      String id = request.shardIterator().substring(0, request.shardIterator().indexOf(':'));
      int position = Integer.parseInt(request.shardIterator().substring(id.length() + 1));
      List<String> sequences = records.get(id);
      int end = Math.min(sequences.size(), position + (request.limit() == null ? 1000 : request.limit()));
      List<Record> read = sequences.subList(position, end).stream().map(ScriptedStreams::record).toList();
      String next = closed.contains(id) && end == sequences.size() ? null : issue(id, end);
      return new GetRecordsResponse(read, next);
    }

    private String issue(String id, int position) {
      String iterator = id + ":" + position;
      issued.add(iterator);
      expired.remove(iterator); // a fresh iterator, though it reads the same place
      return iterator;
    }

    private static Record record(String sequence) {
      return new Record("e" + sequence, OperationType.INSERT, "1.1", "aws:dynamodb", "us-east-1",
          new StreamRecord(null, Map.of("PK", AttributeValue.s(sequence)), null, null, sequence, 10L,
              StreamViewType.KEYS_ONLY), null);
    }
  }
}
