package dev.keyway.spi;

import dev.keyway.ops.streams.DescribeStreamRequest;
import dev.keyway.ops.streams.DescribeStreamResponse;
import dev.keyway.ops.streams.GetRecordsRequest;
import dev.keyway.ops.streams.GetRecordsResponse;
import dev.keyway.ops.streams.GetShardIteratorRequest;
import dev.keyway.ops.streams.GetShardIteratorResponse;
import dev.keyway.ops.streams.ListStreamsRequest;
import dev.keyway.ops.streams.ListStreamsResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The second registry: every DynamoDB Streams operation Keyway serves, listed once. The wire
 * protocol maps the {@code DynamoDBStreams_20120810.} targets through it; a test in the engine
 * module checks that {@link StreamsBackend} and the engine serve exactly these.
 */
public final class StreamsOperations {
  public static final StreamsOperation<ListStreamsRequest, ListStreamsResponse> LIST_STREAMS =
      define("ListStreams", ListStreamsRequest.class, ListStreamsResponse.class, StreamsBackend::listStreams);
  public static final StreamsOperation<DescribeStreamRequest, DescribeStreamResponse> DESCRIBE_STREAM =
      define("DescribeStream", DescribeStreamRequest.class, DescribeStreamResponse.class, StreamsBackend::describeStream);
  public static final StreamsOperation<GetShardIteratorRequest, GetShardIteratorResponse> GET_SHARD_ITERATOR =
      define("GetShardIterator", GetShardIteratorRequest.class, GetShardIteratorResponse.class, StreamsBackend::getShardIterator);
  public static final StreamsOperation<GetRecordsRequest, GetRecordsResponse> GET_RECORDS =
      define("GetRecords", GetRecordsRequest.class, GetRecordsResponse.class, StreamsBackend::getRecords);

  private static final List<StreamsOperation<?, ?>> ALL =
      List.of(LIST_STREAMS, DESCRIBE_STREAM, GET_SHARD_ITERATOR, GET_RECORDS);

  private StreamsOperations() {}

  /** Every streams operation, in the order declared above. */
  public static List<StreamsOperation<?, ?>> all() {
    return ALL;
  }

  /** The operation with the service's name {@code name} (e.g. {@code "GetRecords"}), if served. */
  public static Optional<StreamsOperation<?, ?>> named(String name) {
    return ALL.stream().filter(op -> op.name().equals(name)).findFirst();
  }

  private static <Q extends Record, R extends Record> StreamsOperation<Q, R> define(
      String name, Class<Q> requestType, Class<R> responseType, BiFunction<StreamsBackend, Q, R> call) {
    return new StreamsOperation<>(name, requestType, responseType, call);
  }
}
