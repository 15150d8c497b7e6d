package dev.keyway.samples.shop;

import dev.keyway.annotation.AccessPatterns;
import java.util.Optional;

/** The customer's profile, read from the partition it shares with the customer's orders. */
@AccessPatterns
public interface CustomerQueries {
  /** PK = CUSTOMER#id AND SK = PROFILE. */
  Optional<Customer> customer(String customerId);
}
