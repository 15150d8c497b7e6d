package dev.keyway.docs.testing;

import dev.keyway.annotation.Table;

/** The table of docs/testing.md's clock example: logins expire by time to live. */
@Table(name = "Logins", partitionKey = "PK", sortKey = "", ttlAttribute = "expiresAt")
interface LoginsTable {}
