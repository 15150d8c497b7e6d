package dev.keyway.samples.notes;

import dev.keyway.annotation.Entity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A note in its user's partition. The id starts with the creation time ({@code 20250301T101500123-4f9a2c}), so
 * the sort key {@code NOTE#<id>} orders notes by time and a descending Query lists the newest first.
 */
@Entity(table = NotesTable.class, pk = "USER#{userId}", sk = "NOTE#{noteId}")
public record Note(String userId, String noteId, String text, List<String> tags, Instant createdAt)
    implements UserItem {

  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);

  /** A new note with a fresh time-ordered id; the random suffix keeps notes of the same millisecond apart. */
  public static Note create(String userId, String text, List<String> tags, Instant now) {
    Instant created = now.truncatedTo(ChronoUnit.MILLIS);   // the precision of the id
    String id = ID_TIME.format(created) + "-" + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
    return new Note(userId, id, text, List.copyOf(tags), created);
  }
}
