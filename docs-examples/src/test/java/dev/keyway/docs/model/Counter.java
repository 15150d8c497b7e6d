package dev.keyway.docs.model;

import dev.keyway.annotation.Entity;
import dev.keyway.annotation.IndexKey;

// snippet:start declaration
@Entity(table = NotesTable.class, pk = "USER#{userId}", sk = "COUNTER#{name}")
@IndexKey(index = "GSI1", pk = "COUNTER#{name}", sk = "{userId}")
record Counter(String userId, String name, long count, String label) {}
// snippet:end declaration
