package dev.keyway.samples.shop;

import dev.keyway.annotation.Entity;
import java.util.Locale;

/**
 * Reserves an email address for one customer. Its key is the address, so DynamoDB keeps at most one guard per
 * address: {@link ShopService#register} puts it with the customer and {@link ShopService#changeEmail} moves it,
 * each in one transaction, which makes email addresses unique across customers.
 */
@Entity(table = ShopTable.class, pk = "EMAIL#{email}", sk = "GUARD")
public record EmailGuard(String email, String customerId) {

  /** The guard of {@code email} for {@code customerId}; addresses differing only in case share one guard. */
  public static EmailGuard of(String email, String customerId) {
    return new EmailGuard(normalized(email), customerId);
  }

  /** The address as its guard's key holds it: lower case, so Ann@Example.com and ann@example.com collide. */
  public static String normalized(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
