package dev.keyway.ops.streams;

public record GetShardIteratorResponse(String shardIterator) {}
