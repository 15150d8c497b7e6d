package dev.keyway.engine.op.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Enum values outside their set, found while a request was read (from the wire, or from an AWS SDK
 * request handed to the in-process client). The request record holds null in their place, so they
 * are reported here, together with the operation's other constraint violations, as DynamoDB
 * reports them: one "N validation errors detected" message.
 */
public final class EnumViolations {
  private final Errors errors = Errors.start();
  /** "Value null at 'path'": the member is present, only its value is unknown. */
  private final List<String> notMissing = new ArrayList<>(0);

  /** {@code value} at {@code path} (DynamoDB's member path) is not a constant of {@code type}. */
  public void add(String path, String value, Class<? extends Enum<?>> type) {
    errors.add(value, path, "Member must satisfy enum value set: " + EnumOrders.allowedValues(type));
    notMissing.add("Value null at '" + path + "'");
  }

  public boolean any() {
    return errors.any();
  }

  /** Throws the violations with those of {@code request}'s own constraints, if there are any. */
  public void throwIfAny(Object request) {
    if (!errors.any()) {
      return;
    }
    for (String violation : RequestConstraints.check(Errors.start(), request).messages()) {
      if (notMissing.stream().noneMatch(violation::startsWith)) {
        errors.add(violation);
      }
    }
    errors.throwIfAny();
  }
}
