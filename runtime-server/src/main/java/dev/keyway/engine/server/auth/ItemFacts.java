package dev.keyway.engine.server.auth;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Condition key values of a data-plane request on one table. The partition key values are worked
 * out on first use only: they need the table's key schema.
 */
final class ItemFacts implements RequestFacts {
  private final Supplier<List<String>> leadingKeys;
  private final List<String> attributes;
  private final String select;
  private final String returnValues;
  private List<String> leadingKeysValue;

  ItemFacts(Supplier<List<String>> leadingKeys, Set<String> attributes, String select, String returnValues) {
    this.leadingKeys = leadingKeys;
    this.attributes = List.copyOf(attributes);
    this.select = select;
    this.returnValues = returnValues;
  }

  @Override
  public List<String> values(ConditionKey key) {
    return switch (key) {
      case LEADING_KEYS -> leadingKeys();
      case ATTRIBUTES -> attributes.isEmpty() ? null : attributes;
      case SELECT -> select == null ? null : List.of(select);
      case RETURN_VALUES -> returnValues == null ? null : List.of(returnValues);
      // the caller's and its connection's, see CallerFacts
      case PRINCIPAL_ARN, PRINCIPAL_ACCOUNT, USERNAME, PRINCIPAL_TYPE, SOURCE_IP, SECURE_TRANSPORT -> null;
    };
  }

  private List<String> leadingKeys() {
    if (leadingKeysValue == null) {
      leadingKeysValue = leadingKeys.get();
    }
    return leadingKeysValue.isEmpty() ? null : leadingKeysValue;
  }
}
