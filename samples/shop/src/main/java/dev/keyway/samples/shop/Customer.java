package dev.keyway.samples.shop;

import dev.keyway.annotation.Entity;
import java.time.Instant;

/** A customer's profile, next to the orders in the customer's partition (sort key PROFILE sorts after ORDER#). */
@Entity(table = ShopTable.class, pk = "CUSTOMER#{customerId}", sk = "PROFILE")
public record Customer(String customerId, String email, String name, Instant since)
    implements CustomerItem {}
