package dev.keyway.docs.collections;

import dev.keyway.annotation.Entity;

// snippet:start declaration
@Entity(table = NotesTable.class, pk = "USER#{userId}", sk = "PROFILE")
record Profile(String userId, String name) implements UserItem {}
// snippet:end declaration
