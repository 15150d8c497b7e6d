package dev.keyway.samples.notes;

import dev.keyway.annotation.CreatedAt;
import dev.keyway.annotation.Entity;
import java.time.Instant;

/** A user's profile. Its sort key PROFILE sorts after every NOTE#, so a descending Query reads it first. */
@Entity(table = NotesTable.class, pk = "USER#{userId}", sk = "PROFILE")
public record Profile(String userId, String name, @CreatedAt Instant since) implements UserItem {}
