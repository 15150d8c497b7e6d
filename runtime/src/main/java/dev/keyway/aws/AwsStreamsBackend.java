package dev.keyway.aws;

import dev.keyway.ops.streams.DescribeStreamRequest;
import dev.keyway.ops.streams.DescribeStreamResponse;
import dev.keyway.ops.streams.GetRecordsRequest;
import dev.keyway.ops.streams.GetRecordsResponse;
import dev.keyway.ops.streams.GetShardIteratorRequest;
import dev.keyway.ops.streams.GetShardIteratorResponse;
import dev.keyway.ops.streams.ListStreamsRequest;
import dev.keyway.ops.streams.ListStreamsResponse;
import dev.keyway.spi.StreamsBackend;
import dev.keyway.spi.StreamsOperation;
import dev.keyway.spi.StreamsOperations;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A {@link StreamsBackend} over any AWS SDK v2 {@link DynamoDbStreamsClient}: the DynamoDB Streams
 * API of Amazon DynamoDB, of Keyway's own server, or of anything else that speaks it. The
 * counterpart of {@link AwsBackend} for the second service: each method calls the client method of
 * its {@link StreamsOperations} entry, converting through {@link SdkOperation}; service errors
 * (ExpiredIteratorException, TrimmedDataAccessException, ...) become Keyway's
 * {@link dev.keyway.error.DynamoDbException} subclasses by {@link SdkErrors}.
 */
public final class AwsStreamsBackend implements StreamsBackend, AutoCloseable {
  private final DynamoDbStreamsClient client;
  private final boolean ownsClient;

  private AwsStreamsBackend(DynamoDbStreamsClient client, boolean ownsClient) {
    this.client = Objects.requireNonNull(client, "client");
    this.ownsClient = ownsClient;
  }

  /** A backend over a client the caller keeps and closes. */
  public static AwsStreamsBackend of(DynamoDbStreamsClient client) {
    return new AwsStreamsBackend(client, false);
  }

  /** A backend that closes the client when it is closed. */
  public static AwsStreamsBackend owning(DynamoDbStreamsClient client) {
    return new AwsStreamsBackend(client, true);
  }

  public DynamoDbStreamsClient client() {
    return client;
  }

  private <Q extends Record, R extends Record> R call(StreamsOperation<Q, R> operation, Q request) {
    return SdkOperation.of(operation).call(client, request);
  }

  @Override
  public ListStreamsResponse listStreams(ListStreamsRequest request) {
    return call(StreamsOperations.LIST_STREAMS, request);
  }

  @Override
  public DescribeStreamResponse describeStream(DescribeStreamRequest request) {
    return call(StreamsOperations.DESCRIBE_STREAM, request);
  }

  @Override
  public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest request) {
    return call(StreamsOperations.GET_SHARD_ITERATOR, request);
  }

  @Override
  public GetRecordsResponse getRecords(GetRecordsRequest request) {
    return call(StreamsOperations.GET_RECORDS, request);
  }

  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }
}
