package dev.keyway.docs.model;

import dev.keyway.annotation.Entity;

@Entity(table = ShopTable.class, pk = "PRODUCT#{sku}", sk = "DETAILS")
record Product(String sku, String name, long stock) {}
