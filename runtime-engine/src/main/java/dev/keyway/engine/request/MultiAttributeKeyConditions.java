package dev.keyway.engine.request;

import dev.keyway.engine.storage.KeySpec;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the conditions of a Query on a multi-attribute key (a GSI keyed by several attributes)
 * and reduces them to a {@link KeyCondition}: equality on every hash attribute; on the range
 * attributes, in schema order without gaps, equality on all but the last one named, which may
 * also take {@code <}, {@code <=}, {@code >}, {@code >=}, BETWEEN or begins_with. Conditions may
 * be written in any order. Shared by KeyConditionExpression and the legacy KeyConditions.
 */
public final class MultiAttributeKeyConditions {
  private MultiAttributeKeyConditions() {}

  /** One condition on one named attribute. */
  public record Term(String name, KeyCondition.SortOp op, List<AttributeValue> values) {}

  public static KeyCondition of(List<Term> terms, KeySpec key) {
    Map<String, Term> byName = new LinkedHashMap<>();
    for (Term t : terms) {
      if (byName.put(t.name(), t) != null) {
        throw new ValidationException(
            "KeyConditionExpressions must only contain one condition per key");
      }
    }
    for (Term t : terms) {
      if (!key.isKeyAttribute(t.name())) {
        throw missedKey(firstMissing(key, byName.keySet()));
      }
    }
    List<AttributeValue> hashValues = new ArrayList<>(key.hash().size());
    for (KeySpec.Attribute a : key.hash()) {
      Term t = byName.get(a.name());
      if (t == null) {
        throw missedKey(a.name());
      }
      if (t.op() != KeyCondition.SortOp.EQ) {
        throw new ValidationException("Query key condition not supported");
      }
      typeCheck(t, a);
      hashValues.add(t.values().get(0));
    }
    int named = namedRangePrefix(key, byName.keySet());
    List<AttributeValue> prefix = new ArrayList<>();
    Term last = null;
    for (int i = 0; i < named; i++) {
      KeySpec.Attribute a = key.range().get(i);
      Term t = byName.get(a.name());
      typeCheck(t, a);
      if (i < named - 1) {
        if (t.op() != KeyCondition.SortOp.EQ) {
          throw new ValidationException("Query key condition not supported");
        }
        prefix.add(t.values().get(0));
      } else {
        last = t;
      }
    }
    AttributeValue hashValue = key.hash().size() == 1 ? hashValues.get(0)
        : new AttributeValue.L(hashValues);
    if (last == null) {
      return new KeyCondition(key.hashName(), hashValue, null, null, List.of());
    }
    if (key.range().size() == 1) {
      return new KeyCondition(key.hashName(), hashValue, last.name(), last.op(), last.values());
    }
    return new KeyCondition(key.hashName(), hashValue, last.name(), last.op(), last.values(), prefix);
  }

  /** How many leading range attributes are named; a later one named after a gap is an error. */
  private static int namedRangePrefix(KeySpec key, Set<String> names) {
    int named = 0;
    while (named < key.range().size() && names.contains(key.range().get(named).name())) {
      named++;
    }
    for (int i = named + 1; i < key.range().size(); i++) {
      if (names.contains(key.range().get(i).name())) {
        throw missedKey(key.range().get(named).name());
      }
    }
    return named;
  }

  private static String firstMissing(KeySpec key, Set<String> names) {
    Set<String> given = new HashSet<>(names);
    for (KeySpec.Attribute a : key.attributes()) {
      if (!given.contains(a.name())) {
        return a.name();
      }
    }
    return key.hashName();
  }

  private static void typeCheck(Term t, KeySpec.Attribute a) {
    for (AttributeValue v : t.values()) {
      if (!KeySpec.hasType(v, a.type())) {
        throw new ValidationException("One or more parameter values were invalid: Condition "
            + "parameter type does not match schema type");
      }
    }
  }

  private static ValidationException missedKey(String name) {
    return new ValidationException("Query condition missed key schema element: " + name);
  }
}
