package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import dev.keyway.model.Bytes;
import dev.keyway.model.DynamoNumber;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts plain Java values given to the expression builders into {@link AttributeValue}s:
 * String to S, Number to N, byte[] to B, Boolean to BOOL, null to NULL, enums to S (their name),
 * Set to SS/NS/BS, List to L, Map to M. AttributeValues pass through unchanged.
 */
public final class Values {
  private Values() {}

  /** Converts by the runtime type of {@code value}; fails on types DynamoDB cannot hold. */
  public static AttributeValue of(Object value) {
    if (value == null) {
      return AttributeValue.nul();
    }
    if (value instanceof AttributeValue av) {
      return av;
    }
    if (value instanceof String s) {
      return AttributeValue.s(s);
    }
    if (value instanceof Number n) {
      return number(n);
    }
    if (value instanceof Boolean b) {
      return AttributeValue.bool(b);
    }
    if (value instanceof byte[] bytes) {
      return AttributeValue.b(bytes);
    }
    if (value instanceof Bytes bytes) {
      return new AttributeValue.B(bytes);
    }
    if (value instanceof Character c) {
      return AttributeValue.s(c.toString());
    }
    if (value instanceof Enum<?> e) {
      return AttributeValue.s(e.name());
    }
    if (value instanceof Set<?> set) {
      return set(set);
    }
    if (value instanceof List<?> list) {
      return list(list);
    }
    if (value instanceof Map<?, ?> map) {
      return map(map);
    }
    throw new IllegalArgumentException(
        "Cannot convert a " + value.getClass().getName() + " to a DynamoDB value");
  }

  /** Whether {@link #of} converts values of this class. */
  public static boolean converts(Class<?> type) {
    return type == String.class || Number.class.isAssignableFrom(type) || type == Boolean.class
        || type == byte[].class || type == Bytes.class || type == Character.class || type.isEnum()
        || Set.class.isAssignableFrom(type) || List.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
        || AttributeValue.class.isAssignableFrom(type);
  }

  /** A number; integral types exactly, floating point by its shortest decimal text. */
  public static AttributeValue.N number(Number n) {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      return AttributeValue.n(n.longValue());
    }
    if (n instanceof BigDecimal bd) {
      return AttributeValue.n(bd);
    }
    if (n instanceof BigInteger bi) {
      return AttributeValue.n(new BigDecimal(bi));
    }
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("DynamoDB numbers must be finite: " + n);
      }
      return AttributeValue.n(new BigDecimal(n.toString()));
    }
    return new AttributeValue.N(DynamoNumber.parse(n.toString()));
  }

  /** A string set; fails when empty or when it holds duplicates, as DynamoDB does. */
  public static AttributeValue.SS stringSet(Collection<? extends String> values) {
    return AttributeValue.stringSet(List.copyOf(values));
  }

  /** A number set; {@code 1} and {@code 1.0} count as duplicates. */
  public static AttributeValue.NS numberSet(Collection<? extends Number> values) {
    List<DynamoNumber> numbers = new ArrayList<>(values.size());
    for (Number n : values) {
      numbers.add(number(n).value());
    }
    return AttributeValue.numberSet(numbers);
  }

  /** A binary set. */
  public static AttributeValue.BS binarySet(Collection<? extends byte[]> values) {
    List<Bytes> bytes = new ArrayList<>(values.size());
    for (byte[] b : values) {
      bytes.add(Bytes.copyOf(b));
    }
    return AttributeValue.binarySet(bytes);
  }

  /** A list; elements are converted with {@link #of}. */
  public static AttributeValue.L list(Collection<?> values) {
    List<AttributeValue> converted = new ArrayList<>(values.size());
    for (Object v : values) {
      converted.add(of(v));
    }
    return new AttributeValue.L(converted);
  }

  /** A map; keys must be strings, values are converted with {@link #of}. */
  public static AttributeValue.M map(Map<?, ?> values) {
    Map<String, AttributeValue> converted = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : values.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw new IllegalArgumentException("Map keys must be strings: " + e.getKey());
      }
      converted.put(key, of(e.getValue()));
    }
    return new AttributeValue.M(converted);
  }

  /** A set whose DynamoDB type follows its elements; an empty set has no type and fails. */
  private static AttributeValue set(Set<?> set) {
    if (set.isEmpty()) {
      throw new IllegalArgumentException(
          "An empty Set cannot be converted: DynamoDB sets may not be empty");
    }
    Object first = set.iterator().next();
    if (first instanceof String) {
      return stringSet(castAll(set, String.class));
    }
    if (first instanceof Number) {
      return numberSet(castAll(set, Number.class));
    }
    if (first instanceof byte[]) {
      return binarySet(castAll(set, byte[].class));
    }
    if (first instanceof Bytes) {
      return AttributeValue.binarySet(castAll(set, Bytes.class));
    }
    throw new IllegalArgumentException(
        "Set elements must be strings, numbers or byte[]: " + first.getClass().getName());
  }

  private static <T> List<T> castAll(Set<?> set, Class<T> type) {
    List<T> out = new ArrayList<>(set.size());
    for (Object o : set) {
      if (!type.isInstance(o)) {
        throw new IllegalArgumentException(
            "A set mixes element types: " + type.getSimpleName() + " and " + o);
      }
      out.add(type.cast(o));
    }
    return out;
  }
}
