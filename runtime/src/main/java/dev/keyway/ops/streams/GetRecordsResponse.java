package dev.keyway.ops.streams;

import java.util.List;

/** Records read, and where to read next (null once a closed shard is read to its end). */
public record GetRecordsResponse(List<Record> records, String nextShardIterator) {}
