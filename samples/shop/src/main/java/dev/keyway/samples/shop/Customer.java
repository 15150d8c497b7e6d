package dev.keyway.samples.shop;

import dev.keyway.annotation.Entity;
import java.time.Instant;

/** A customer's profile: the first item of the customer's partition, next to the orders. */
@Entity(table = ShopTable.class, pk = "CUSTOMER#{customerId}", sk = "PROFILE")
public record Customer(String customerId, String email, String name, Instant since) {}
