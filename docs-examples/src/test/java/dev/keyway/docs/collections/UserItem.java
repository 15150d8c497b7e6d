package dev.keyway.docs.collections;

import dev.keyway.annotation.ItemCollection;

// snippet:start declaration
@ItemCollection                       // or @ItemCollection(index = "GSI1") for a partition of an index
sealed interface UserItem permits Profile, Note, Comment {}
// snippet:end declaration
