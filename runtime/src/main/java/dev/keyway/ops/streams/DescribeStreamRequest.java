package dev.keyway.ops.streams;

/** DescribeStream: a stream and its shards, a page of shards at a time. */
public record DescribeStreamRequest(String streamArn, Integer limit, String exclusiveStartShardId) {}
