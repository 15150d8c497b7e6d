package dev.keyway.bench.mapping;

import dev.keyway.annotation.Table;

/** The table of the mapping benchmark's entity. */
@Table(name = "Bench", partitionKey = "PK", sortKey = "SK", typeAttribute = "_type")
public interface BenchTable {}
