package dev.keyway.junit;

import dev.keyway.annotation.AccessPatterns;
import java.util.List;

@AccessPatterns
public interface NoteQueries {
  List<Note> notesOf(String owner);
}
