package dev.keyway.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.api.TransactionFailedException;
import dev.keyway.junit.KeywayTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One customer per email address: guard items written and moved in the customer's transactions. */
@KeywayTest(tables = Shop.class)
class UniqueEmailTest {
  private static final Instant SINCE = Instant.parse("2024-01-01T00:00:00Z");
  private ShopFixture f;
  private CustomerAccounts accounts;

  @BeforeEach
  void seed(Shop shop) {
    f = new ShopFixture(shop);                    // registers ann@example.com and bob@example.com
    accounts = f.accounts;
  }

  private Optional<String> owner(String email) {
    return f.shop.emailGuards().get(EmailGuardKeys.of(email)).map(EmailGuard::customerId);
  }

  @Test
  void registeringWritesTheCustomerAndItsGuard() throws Exception {
    accounts.register(new Customer("cy", "Cy@Example.com", "Cy", SINCE));
    assertEquals("Cy@Example.com", f.shop.customers().get("cy").orElseThrow().email(), "stored as given");
    assertEquals(Optional.of("cy"), owner("cy@example.com"), "the guard's key is the address in lower case");
  }

  @Test
  void aSecondCustomerWithTheSameEmailIsRefused() {
    CustomerRejectedException e = assertThrows(CustomerRejectedException.class,
        () -> accounts.register(new Customer("zoe", "ANN@example.com", "Zoe", SINCE)));
    assertEquals("customer zoe not registered: email ANN@example.com is taken by another customer", e.getMessage());
    TransactionFailedException cause = assertInstanceOf(TransactionFailedException.class, e.getCause());
    assertEquals(List.of("None", "ConditionalCheckFailed"), cause.reasons().stream().map(r -> r.code()).toList());
    assertTrue(f.shop.customers().get("zoe").isEmpty(), "the customer was not written");
    assertEquals(Optional.of("ann"), owner("ann@example.com"));
  }

  @Test
  void registeringAnExistingCustomerIdIsRefusedAndReservesNothing() {
    CustomerRejectedException e = assertThrows(CustomerRejectedException.class,
        () -> accounts.register(new Customer("ann", "other@example.com", "Another Ann", SINCE)));
    assertEquals("customer ann not registered: customer ann exists already", e.getMessage());
    assertEquals("ann@example.com", f.shop.customers().get("ann").orElseThrow().email());
    assertTrue(owner("other@example.com").isEmpty(), "the new address was not reserved");
  }

  @Test
  void changingTheEmailMovesTheGuard() throws Exception {
    Customer changed = accounts.changeEmail("ann", "ann.lee@example.com");
    assertEquals("ann.lee@example.com", changed.email());
    assertEquals("ann.lee@example.com", f.shop.customers().get("ann").orElseThrow().email());
    assertEquals(Optional.of("ann"), owner("ann.lee@example.com"));
    assertTrue(owner("ann@example.com").isEmpty(), "the old guard is gone");
    accounts.register(new Customer("zoe", "ann@example.com", "Zoe", SINCE));
    assertEquals(Optional.of("zoe"), owner("ann@example.com"), "the old address is free for others");
  }

  @Test
  void changingToATakenEmailIsRefusedAndChangesNothing() {
    CustomerRejectedException e = assertThrows(CustomerRejectedException.class,
        () -> accounts.changeEmail("ann", "Bob@Example.com"));
    assertEquals("email of ann not changed: email Bob@Example.com is taken by another customer", e.getMessage());
    assertEquals("ann@example.com", f.shop.customers().get("ann").orElseThrow().email());
    assertEquals(Optional.of("ann"), owner("ann@example.com"), "ann keeps her guard");
    assertEquals(Optional.of("bob"), owner("bob@example.com"));
  }

  @Test
  void changingOnlyTheCaseKeepsTheGuard() throws Exception {
    accounts.changeEmail("ann", "Ann@Example.com");
    assertEquals("Ann@Example.com", f.shop.customers().get("ann").orElseThrow().email());
    assertEquals(Optional.of("ann"), owner("ann@example.com"));
  }

  @Test
  void aGuardThatIsNotTheCustomersRefusesTheChange() throws Exception {
    f.shop.emailGuards().put(new EmailGuard("ann@example.com", "bob"));   // e.g. data written around the service
    CustomerRejectedException e = assertThrows(CustomerRejectedException.class,
        () -> accounts.changeEmail("ann", "ann.lee@example.com"));
    assertEquals("email of ann not changed: the address ann@example.com is not reserved for ann", e.getMessage());
    assertTrue(owner("ann.lee@example.com").isEmpty());
  }

  @Test
  void changingTheEmailOfNoCustomerIsRefused() {
    CustomerRejectedException e = assertThrows(CustomerRejectedException.class,
        () -> accounts.changeEmail("nobody", "x@example.com"));
    assertEquals("email of nobody not changed: no such customer", e.getMessage());
    assertTrue(owner("x@example.com").isEmpty());
  }
}
