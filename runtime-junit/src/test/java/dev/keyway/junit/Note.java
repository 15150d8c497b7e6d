package dev.keyway.junit;

import dev.keyway.annotation.Entity;

@Entity(table = NotesTable.class, pk = "OWNER#{owner}", sk = "NOTE#{id}")
public record Note(String owner, String id, String text) {}
