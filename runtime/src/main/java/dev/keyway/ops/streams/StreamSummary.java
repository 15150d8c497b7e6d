package dev.keyway.ops.streams;

/** A stream as ListStreams names it (the service's {@code Stream} structure). */
public record StreamSummary(String streamArn, String tableName, String streamLabel) {}
