package dev.keyway.samples.notes;

import dev.keyway.annotation.GlobalIndex;
import dev.keyway.annotation.Table;

/**
 * The one table of the service. A user's partition {@code USER#<id>} holds the profile and the notes;
 * GSI1 serves "a user's notes with a tag". The processor generates the facade {@code Notes} from it.
 */
@Table(name = "Notes", partitionKey = "PK", sortKey = "SK",
    globalIndexes = @GlobalIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"),
    typeAttribute = "_type")
public interface NotesTable {}
