package dev.keyway.samples.notes;

import dev.keyway.annotation.AccessPatterns;
import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;

/** How the service reads; each method is checked by javac and served by one key condition. */
@AccessPatterns
public interface NoteQueries {
  /** PK = USER#id AND begins_with(SK, "NOTE#"): a user's notes, newest first with a descending request. */
  Page<Note> notesOf(String userId, PageRequest page);

  /** GSI1PK = USER#id#TAG#tag: the user's notes with a tag. */
  Page<NoteTag> tagged(String userId, String tag, PageRequest page);

  /** PK = USER#id: descending, the profile first, then the notes, newest first. */
  Page<UserItem> userItems(String userId, PageRequest page);
}
