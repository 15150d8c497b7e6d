package dev.keyway.ops.streams;

/** ListStreams: the streams of one table, or of all tables, a page at a time. */
public record ListStreamsRequest(String tableName, Integer limit, String exclusiveStartStreamArn) {}
