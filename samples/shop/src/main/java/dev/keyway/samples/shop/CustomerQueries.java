package dev.keyway.samples.shop;

import dev.keyway.annotation.AccessPatterns;
import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import java.util.Optional;

/** The customer's profile, alone or with the orders it shares a partition with. */
@AccessPatterns
public interface CustomerQueries {
  /** PK = CUSTOMER#id AND SK = PROFILE. */
  Optional<Customer> customer(String customerId);

  /** PK = CUSTOMER#id: the profile and every order in one Query (all pages), grouped. */
  CustomerItemCollection customerWithOrders(String customerId);

  /** PK = CUSTOMER#id: orders by date, then the profile, as mixed items in full pages. */
  Page<CustomerItem> customerItems(String customerId, PageRequest page);
}
