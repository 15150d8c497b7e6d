package dev.keyway.docs.model;

import dev.keyway.annotation.Entity;

@Entity(table = ShopTable.class, pk = "USER#{userId}", sk = "PROFILE")
record Customer(String userId, String email, String name) implements ShopItem {}
