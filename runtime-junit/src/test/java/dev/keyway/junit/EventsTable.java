package dev.keyway.junit;

import dev.keyway.annotation.Table;

/** A table with a stream. */
@Table(name = "Events", partitionKey = "PK", sortKey = "", stream = Table.StreamView.NEW_IMAGE)
public interface EventsTable {}
