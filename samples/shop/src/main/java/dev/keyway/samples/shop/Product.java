package dev.keyway.samples.shop;

import dev.keyway.annotation.Entity;
import dev.keyway.annotation.IndexKey;
import java.math.BigDecimal;
import java.util.Set;

/** A product and its stock level; listed by category (then name) through GSI1. */
@Entity(table = ShopTable.class, pk = "PRODUCT#{sku}", sk = "DETAILS")
@IndexKey(index = "GSI1", pk = "CATEGORY#{category}", sk = "{name}#{sku}")
public record Product(String sku, String name, String category, BigDecimal price, long stock,
    Set<String> tags) {}
