package dev.keyway.docs.collections;

import dev.keyway.annotation.ItemCollection;

// snippet:start declaration
@ItemCollection
sealed interface NoteThread permits Note, Comment {}   // Note and Comment implement UserItem and NoteThread
// snippet:end declaration
