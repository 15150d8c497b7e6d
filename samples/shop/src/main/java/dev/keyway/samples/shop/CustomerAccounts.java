package dev.keyway.samples.shop;

import dev.keyway.api.TransactionFailedException;
import java.util.ArrayList;
import java.util.List;

/**
 * Customers with unique email addresses. DynamoDB has no unique constraint on an attribute, so each customer
 * owns a guard item keyed by its address ({@link EmailGuard}, {@code EMAIL#<address>}); registering puts the
 * customer and the guard in one transaction, each on condition that it does not exist yet, and changing the
 * address deletes the old guard and puts the new one in the transaction that updates the customer.
 */
public final class CustomerAccounts {
  private final Shop shop;

  public CustomerAccounts(Shop shop) {
    this.shop = shop;
  }

  /** Stores a new customer and reserves its email address; refused when either is taken. */
  public Customer register(Customer customer) throws CustomerRejectedException {
    EmailGuard guard = EmailGuard.of(customer.email(), customer.customerId());
    try {
      shop.transact(tx -> {
        tx.put(customer, CustomerFields.CUSTOMER_ID.notExists());
        tx.put(guard, EmailGuardFields.EMAIL.notExists());
      });
      return customer;
    } catch (TransactionFailedException e) {
      List<String> why = new ArrayList<>();
      if (e.failed(customer)) {
        why.add("customer " + customer.customerId() + " exists already");
      }
      if (e.failed(guard)) {
        why.add(taken(customer.email()));
      }
      throw rejected("customer " + customer.customerId() + " not registered", why, e);
    }
  }

  /**
   * Gives the customer a new email address: the customer's email is updated (on condition that it is still the
   * one read), the old address's guard deleted (on condition that it is this customer's) and the new address's
   * guard put (on condition that no one holds it), all at once.
   */
  public Customer changeEmail(String customerId, String newEmail) throws CustomerRejectedException {
    Customer current = shop.customers().get(customerId).orElseThrow(
        () -> new CustomerRejectedException("email of " + customerId + " not changed: no such customer", null));
    CustomerUpdate update = CustomerUpdate.of(customerId).set(CustomerFields.EMAIL, newEmail)
        .when(CustomerFields.EMAIL.eq(current.email()));
    EmailGuard newGuard = EmailGuard.of(newEmail, customerId);
    String oldAddress = EmailGuard.normalized(current.email());
    EmailGuardKey oldGuard = EmailGuardKeys.of(oldAddress);
    boolean sameGuard = newGuard.email().equals(oldAddress);      // only the case changed: the guard stays
    try {
      shop.transact(tx -> {
        tx.update(update);
        if (!sameGuard) {
          tx.delete(oldGuard, EmailGuardFields.CUSTOMER_ID.eq(customerId));
          tx.put(newGuard, EmailGuardFields.EMAIL.notExists());
        }
      });
    } catch (TransactionFailedException e) {
      List<String> why = new ArrayList<>();
      if (e.failed(update)) {
        why.add("customer " + customerId + " changed meanwhile; read it again");
      }
      if (e.failed(oldGuard)) {
        why.add("the address " + current.email() + " is not reserved for " + customerId);
      }
      if (e.failed(newGuard)) {
        why.add(taken(newEmail));
      }
      throw rejected("email of " + customerId + " not changed", why, e);
    }
    return new Customer(customerId, newEmail, current.name(), current.since());
  }

  private static String taken(String email) {
    return "email " + email + " is taken by another customer";
  }

  private static CustomerRejectedException rejected(String what, List<String> why, TransactionFailedException e) {
    return new CustomerRejectedException(what + ": " + (why.isEmpty() ? e.reasons().toString()
        : String.join("; ", why)), e);
  }
}
