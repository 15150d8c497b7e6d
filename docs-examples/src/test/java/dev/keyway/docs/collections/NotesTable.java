package dev.keyway.docs.collections;

import dev.keyway.annotation.Table;

/** The notes service of docs/collections.md: a user's profile, notes and comments in one partition. */
// snippet:start declaration
@Table(name = "Notes", partitionKey = "PK", sortKey = "SK", typeAttribute = "_type")
interface NotesTable {}
// snippet:end declaration
