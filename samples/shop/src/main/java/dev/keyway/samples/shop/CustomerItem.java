package dev.keyway.samples.shop;

import dev.keyway.annotation.ItemCollection;

/**
 * What a customer's partition holds: the profile and the orders, read together by one Query. The
 * processor checks that both live under {@code CUSTOMER#{customerId}} and generates {@code
 * CustomerItemCollection} (the profile and the list of orders).
 */
@ItemCollection
public sealed interface CustomerItem permits Customer, Order {}
