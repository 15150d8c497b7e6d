package dev.keyway.ops.streams;

/** A shard of a stream and the sequence numbers it covers (no ending number while open). */
public record Shard(String shardId, SequenceNumberRange sequenceNumberRange, String parentShardId) {}
