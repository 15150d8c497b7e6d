package dev.keyway.docs.model;

import dev.keyway.annotation.Entity;
import dev.keyway.annotation.IndexKey;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity(table = ShopTable.class, pk = "USER#{userId}", sk = "ORDER#{orderDate}#{orderId}")
@IndexKey(index = "GSI1", pk = "STATUS#{status}", sk = "{orderDate}#{orderId}")
record Order(String userId, LocalDate orderDate, String orderId, Status status, BigDecimal total)
    implements ShopItem {}
