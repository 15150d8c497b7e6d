package dev.keyway.samples.notes;

import dev.keyway.annotation.ItemCollection;

/**
 * What a user's partition holds: the profile and the notes, read together by one Query. The processor
 * checks that both live under {@code USER#{userId}} and generates {@code UserItemCollection}.
 */
@ItemCollection
public sealed interface UserItem permits Profile, Note {}
