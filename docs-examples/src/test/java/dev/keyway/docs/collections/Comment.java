package dev.keyway.docs.collections;

import dev.keyway.annotation.Entity;

// snippet:start declaration
@Entity(table = NotesTable.class, pk = "USER#{userId}", sk = "NOTE#{seq}#{noteId}#COMMENT#{commentId}")
record Comment(String userId, String seq, String noteId, String commentId, String text)
    implements UserItem, NoteThread {}
// snippet:end declaration
