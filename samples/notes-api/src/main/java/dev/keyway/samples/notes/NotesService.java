package dev.keyway.samples.notes;

import dev.keyway.api.Cursor;
import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The service's reads and writes on the Notes table; knows nothing of HTTP. */
public final class NotesService {
  /** How many notes {@link #me} returns with the profile. */
  public static final int LATEST = 10;

  private final Notes notes;
  private final Clock clock;

  public NotesService(Notes notes, Clock clock) {
    this.notes = notes;
    this.clock = clock;
  }

  /** Puts the note and one {@link NoteTag} per tag in one transaction. */
  public Note create(String userId, String text, List<String> tags) {
    Note note = Note.create(userId, text, tags, clock.instant());
    notes.transact(tx -> {
      tx.put(note, NoteFields.NOTE_ID.notExists());
      tags.forEach(tag -> tx.put(NoteTag.of(note, tag)));
    });
    return note;
  }

  public Optional<Note> get(String userId, String noteId) {
    return notes.notes().get(userId, noteId);
  }

  /** Deletes the note and its tag items in one transaction; false when there is no such note. */
  public boolean delete(String userId, String noteId) {
    Optional<Note> note = get(userId, noteId);
    note.ifPresent(n -> notes.transact(tx -> {
      tx.delete(NoteKeys.of(userId, noteId));
      n.tags().forEach(tag -> tx.delete(NoteTagKeys.of(userId, noteId, tag)));
    }));
    return note.isPresent();
  }

  /** A page of the user's notes, newest first; {@code cursor} is null or the token of the previous page. */
  public Page<Note> list(String userId, int limit, String cursor) {
    PageRequest page = request(limit, cursor, NoteKeys.PARTITION_KEY, NoteKeys.pk(userId));
    return read(page, () -> notes.noteQueries().notesOf(userId, page));
  }

  /** A page of the user's notes with a tag, newest first, from GSI1. */
  public Page<Note> tagged(String userId, String tag, int limit, String cursor) {
    PageRequest page = request(limit, cursor, "GSI1PK", NoteTagKeys.gsi1Pk(userId, tag));
    Page<NoteTag> tags = read(page, () -> notes.noteQueries().tagged(userId, tag, page));
    return new Page<>(tags.items().stream().map(NoteTag::note).toList(), tags.next());
  }

  /** Creates or renames the profile; {@code since} is written once, when the profile is created. */
  public Profile rename(String userId, String name) {
    return notes.profiles().upsert(userId, u -> u.setName(name));
  }

  /** The profile (if any) and the latest notes, from one Query over the user's partition. */
  public Me me(String userId) {
    Page<UserItem> page = notes.noteQueries().userItems(userId, PageRequest.first(LATEST + 1).descending());
    UserItemCollection items = UserItemCollection.of(page.items());
    List<Note> latest = items.notes();
    return new Me(items.profile(), latest.subList(0, Math.min(LATEST, latest.size())));
  }

  /** What {@link #me} returns. */
  public record Me(Optional<Profile> profile, List<Note> latestNotes) {}

  /**
   * A descending page request. A cursor is the client's to keep but not to forge: it must be one this
   * service made for the same partition, or another user's notes could be paged through.
   */
  private static PageRequest request(int limit, String token, String partitionAttribute, String partition) {
    PageRequest first = PageRequest.first(limit).descending();
    if (token == null) {
      return first;
    }
    Cursor cursor;
    try {
      cursor = Cursor.parse(token);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("cursor is not one this service returned");
    }
    if (!AttributeValue.s(partition).equals(cursor.lastEvaluatedKey().get(partitionAttribute))) {
      throw new InvalidRequestException("cursor belongs to another listing");
    }
    return first.after(cursor);
  }

  /**
   * Runs a query. When DynamoDB refuses the start key of a cursor that passed the checks above (a forged one
   * without a sort key, say), that is still the client's mistake, not the service's.
   */
  private static <T> Page<T> read(PageRequest page, Supplier<Page<T>> query) {
    try {
      return query.get();
    } catch (ValidationException e) {
      if (page.cursor() == null) {
        throw e;
      }
      throw new InvalidRequestException("cursor is not one this service returned");
    }
  }
}
