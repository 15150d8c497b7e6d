package dev.keyway.junit;

import dev.keyway.annotation.Table;

/** A table with time to live on {@code expiresAt}. */
@Table(name = "Sessions", partitionKey = "PK", sortKey = "", ttlAttribute = "expiresAt")
public interface SessionsTable {}
