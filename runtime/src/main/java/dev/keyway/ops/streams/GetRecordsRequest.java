package dev.keyway.ops.streams;

/** GetRecords: up to {@code limit} (1 to 1,000) records from an iterator's position. */
public record GetRecordsRequest(String shardIterator, Integer limit) {}
