package dev.keyway.spi;

import dev.keyway.ops.streams.DescribeStreamRequest;
import dev.keyway.ops.streams.DescribeStreamResponse;
import dev.keyway.ops.streams.GetRecordsRequest;
import dev.keyway.ops.streams.GetRecordsResponse;
import dev.keyway.ops.streams.GetShardIteratorRequest;
import dev.keyway.ops.streams.GetShardIteratorResponse;
import dev.keyway.ops.streams.ListStreamsRequest;
import dev.keyway.ops.streams.ListStreamsResponse;

/**
 * The DynamoDB Streams API (a service of its own beside DynamoDB, with its own target prefix), one
 * typed method per operation; its operations are listed once in {@link StreamsOperations}.
 */
public interface StreamsBackend {
  ListStreamsResponse listStreams(ListStreamsRequest request);

  DescribeStreamResponse describeStream(DescribeStreamRequest request);

  GetShardIteratorResponse getShardIterator(GetShardIteratorRequest request);

  GetRecordsResponse getRecords(GetRecordsRequest request);
}
