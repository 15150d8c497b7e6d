package dev.keyway.ops.streams;

import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.StreamViewType;
import java.time.Instant;
import java.util.List;

/** A stream: its table, state, view type and shards. */
public record StreamDescription(
    String streamArn,
    String streamLabel,
    StreamStatus streamStatus,
    StreamViewType streamViewType,
    Instant creationRequestDateTime,
    String tableName,
    List<KeySchemaElement> keySchema,
    List<Shard> shards,
    String lastEvaluatedShardId) {}
