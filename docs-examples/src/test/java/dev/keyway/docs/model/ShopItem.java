package dev.keyway.docs.model;

/** The shop's entities whose stream records GeneratedCodeExampleTest decodes. */
sealed interface ShopItem permits Customer, Order {}
