package dev.keyway.samples.notes;

import dev.keyway.annotation.Entity;
import dev.keyway.annotation.IndexKey;
import java.time.Instant;
import java.util.List;

/**
 * One tag of a note: a copy of the note under {@code GSI1PK = USER#<id>#TAG#<tag>}, so "the user's notes
 * tagged x, newest first" is one Query on GSI1. A GSI key holds one value per item, hence one item per
 * tag, written and deleted in the same transaction as the note (notes are never edited, so copies stay
 * true). They live in the note's own partition, away from the user's, so reading the user's partition
 * never meets them.
 */
@Entity(table = NotesTable.class, pk = "USER#{userId}#NOTE#{noteId}", sk = "TAG#{tag}")
@IndexKey(index = "GSI1", pk = "USER#{userId}#TAG#{tag}", sk = "NOTE#{noteId}")
public record NoteTag(String userId, String noteId, String tag, String text, List<String> tags,
    Instant createdAt) {

  public static NoteTag of(Note note, String tag) {
    return new NoteTag(note.userId(), note.noteId(), tag, note.text(), note.tags(), note.createdAt());
  }

  public Note note() {
    return new Note(userId, noteId, text, tags, createdAt);
  }
}
