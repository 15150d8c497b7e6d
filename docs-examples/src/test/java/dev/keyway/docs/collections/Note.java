package dev.keyway.docs.collections;

import dev.keyway.annotation.Entity;
import java.util.List;

// snippet:start declaration
@Entity(table = NotesTable.class, pk = "USER#{userId}", sk = "NOTE#{seq}#{noteId}")
record Note(String userId, String seq, String noteId, String text, int stars, List<String> tags)
    implements UserItem, NoteThread {}
// snippet:end declaration
