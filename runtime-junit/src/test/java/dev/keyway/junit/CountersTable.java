package dev.keyway.junit;

import dev.keyway.annotation.Table;

/** A table without a sort key. */
@Table(name = "Counters", partitionKey = "PK", sortKey = "")
public interface CountersTable {}
