package dev.keyway.junit;

import dev.keyway.annotation.Table;

@Table(name = "Notes", partitionKey = "PK", sortKey = "SK")
public interface NotesTable {}
