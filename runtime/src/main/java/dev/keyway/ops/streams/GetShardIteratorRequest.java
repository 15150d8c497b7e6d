package dev.keyway.ops.streams;

/** GetShardIterator: where in a shard GetRecords starts reading. */
public record GetShardIteratorRequest(
    String streamArn, String shardId, ShardIteratorType shardIteratorType, String sequenceNumber) {}
