package dev.keyway.docs.shop;

import dev.keyway.annotation.Entity;
import java.math.BigDecimal;

@Entity(table = ShopTable.class, pk = "PRODUCT#{sku}", sk = "DETAILS")
public record Product(String sku, String name, BigDecimal price, long stock) {}
