package dev.keyway.docs.shop;

import dev.keyway.annotation.Entity;
import java.time.Instant;

// snippet:start declaration
@Entity(table = ShopTable.class, pk = "CUSTOMER#{customerId}", sk = "PROFILE")
public record Customer(String customerId, String email, String name, Instant since) {}
// snippet:end declaration
