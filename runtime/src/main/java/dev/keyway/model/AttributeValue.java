package dev.keyway.model;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One DynamoDB attribute value. The hierarchy is closed: one record per DynamoDB data type.
 *
 * <p>Values are immutable. Equality follows DynamoDB: numbers compare by value ({@code 1 == 1.0}),
 * binaries by content, sets ignore order. Sets are built through {@link #stringSet}, {@link
 * #numberSet} and {@link #binarySet}, which reject empty input and duplicates with DynamoDB's
 * messages.
 */
public sealed interface AttributeValue
    permits AttributeValue.S,
        AttributeValue.N,
        AttributeValue.B,
        AttributeValue.Bool,
        AttributeValue.Null,
        AttributeValue.L,
        AttributeValue.M,
        AttributeValue.SS,
        AttributeValue.NS,
        AttributeValue.BS {

  /** DynamoDB's type descriptor: {@code S}, {@code N}, {@code B}, {@code BOOL}, ... */
  Type type();

  // --- factories -------------------------------------------------------------------------------

  static S s(String value) {
    return new S(value);
  }

  static N n(String value) {
    return new N(DynamoNumber.parse(value));
  }

  static N n(long value) {
    return new N(DynamoNumber.of(value));
  }

  /**
   * A number from a double, by its shortest decimal text ({@code 0.1} is {@code 0.1}). DynamoDB has no
   * NaN or infinities: those are an IllegalArgumentException; a magnitude outside DynamoDB's range is
   * DynamoDB's ValidationException ("Number overflow ...").
   */
  static N n(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(value + " cannot be stored: DynamoDB numbers are finite");
    }
    return new N(DynamoNumber.of(java.math.BigDecimal.valueOf(value)));
  }

  static N n(java.math.BigDecimal value) {
    return new N(DynamoNumber.of(value));
  }

  static B b(byte[] value) {
    return new B(Bytes.copyOf(value));
  }

  static Bool bool(boolean value) {
    return value ? Bool.TRUE : Bool.FALSE;
  }

  static Null nul() {
    return Null.INSTANCE;
  }

  static L list(List<? extends AttributeValue> values) {
    return new L(List.copyOf(values));
  }

  static L list(AttributeValue... values) {
    return new L(List.of(values));
  }

  static M map(Map<String, ? extends AttributeValue> values) {
    return new M(new java.util.LinkedHashMap<String, AttributeValue>(values));
  }

  static SS stringSet(java.util.Collection<String> values) {
    return new SS(SetRules.checked(values, "SS"));
  }

  static SS stringSet(String... values) {
    return stringSet(List.of(values));
  }

  static NS numberSet(java.util.Collection<DynamoNumber> values) {
    return new NS(SetRules.checked(values, "NS"));
  }

  static NS numberSetOf(String... values) {
    return numberSet(java.util.Arrays.stream(values).map(DynamoNumber::parse).toList());
  }

  static BS binarySet(java.util.Collection<Bytes> values) {
    return new BS(SetRules.checked(values, "BS"));
  }

  // --- the types -------------------------------------------------------------------------------

  /** DynamoDB's data type descriptors. */
  enum Type {
    S, N, B, BOOL, NULL, L, M, SS, NS, BS;

    /** Whether values of this type may be key attributes (S, N or B). */
    public boolean isScalarKeyType() {
      return this == S || this == N || this == B;
    }

    /** Whether this is one of the three set types. */
    public boolean isSet() {
      return this == SS || this == NS || this == BS;
    }
  }

  /** A string. Compared by UTF-8 bytes, which is code-point order, as DynamoDB compares them. */
  record S(String value) implements AttributeValue, Comparable<S> {
    public S {
      Objects.requireNonNull(value, "value");
    }

    // Written out (same results as the generated ones) so that the first use does not bootstrap
    // java.lang.runtime.ObjectMethods, which costs tens of milliseconds at start-up.
    @Override
    public boolean equals(Object o) {
      return o instanceof S other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public Type type() {
      return Type.S;
    }

    @Override
    public int compareTo(S other) {
      return Strings.compareCodePoints(value, other.value);
    }
  }

  /** A number, normalised: {@code 1}, {@code 1.0} and {@code 1E0} are the same value. */
  record N(DynamoNumber value) implements AttributeValue, Comparable<N> {
    public N {
      Objects.requireNonNull(value, "value");
    }

    // Written out (same results as the generated ones) so that the first use does not bootstrap
    // java.lang.runtime.ObjectMethods, which costs tens of milliseconds at start-up.
    @Override
    public boolean equals(Object o) {
      return o instanceof N other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public Type type() {
      return Type.N;
    }

    @Override
    public int compareTo(N other) {
      return value.compareTo(other.value);
    }

    /** The canonical text DynamoDB returns for this number. */
    public String text() {
      return value.toString();
    }
  }

  /** A binary value, compared as unsigned bytes. */
  record B(Bytes value) implements AttributeValue, Comparable<B> {
    public B {
      Objects.requireNonNull(value, "value");
    }

    // Written out (same results as the generated ones) so that the first use does not bootstrap
    // java.lang.runtime.ObjectMethods, which costs tens of milliseconds at start-up.
    @Override
    public boolean equals(Object o) {
      return o instanceof B other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public Type type() {
      return Type.B;
    }

    @Override
    public int compareTo(B other) {
      return value.compareTo(other.value);
    }
  }

  /** A boolean. */
  record Bool(boolean value) implements AttributeValue {
    static final Bool TRUE = new Bool(true);
    static final Bool FALSE = new Bool(false);

    @Override
    public Type type() {
      return Type.BOOL;
    }
  }

  /** The NULL type; it has a single value. */
  record Null() implements AttributeValue {
    static final Null INSTANCE = new Null();

    @Override
    public Type type() {
      return Type.NULL;
    }
  }

  /** An ordered list of values of any types. */
  record L(List<AttributeValue> values) implements AttributeValue {
    public L {
      values = List.copyOf(values);
    }

    @Override
    public Type type() {
      return Type.L;
    }
  }

  /** A map from attribute names to values; iteration keeps insertion order. */
  record M(Map<String, AttributeValue> values) implements AttributeValue {
    public M {
      values = Compact.map(values, "map value");
    }

    @Override
    public Type type() {
      return Type.M;
    }
  }

  /** A non-empty set of distinct strings. */
  record SS(Set<String> values) implements AttributeValue {
    public SS {
      values = SetRules.frozen(values, "SS");
    }

    @Override
    public Type type() {
      return Type.SS;
    }
  }

  /** A non-empty set of distinct numbers (by value: {@code 1} and {@code 1.0} are duplicates). */
  record NS(Set<DynamoNumber> values) implements AttributeValue {
    public NS {
      values = SetRules.frozen(values, "NS");
    }

    @Override
    public Type type() {
      return Type.NS;
    }
  }

  /** A non-empty set of distinct binary values. */
  record BS(Set<Bytes> values) implements AttributeValue {
    public BS {
      values = SetRules.frozen(values, "BS");
    }

    @Override
    public Type type() {
      return Type.BS;
    }
  }

  /** Builds sets, enforcing DynamoDB's non-empty and duplicate-free rules. */
  final class SetRules {
    private SetRules() {}

    static <T> Set<T> checked(java.util.Collection<T> values, String type) {
      Set<T> set = new LinkedHashSet<>(values.size() * 2);
      for (T value : values) {
        Objects.requireNonNull(value, "set element");
        if (!set.add(value)) {
          throw new dev.keyway.error.ValidationException(duplicates(values, type));
        }
      }
      return frozen(set, type);
    }

    /**
     * DynamoDB words a duplicate differently per set type (dynalite's validation tests, run against
     * the service): the string set lists its members, the binary set lists them and names its type
     * (with no space before "of"), the number set says neither.
     */
    private static String duplicates(java.util.Collection<?> values, String type) {
      return switch (type) {
        case "SS" -> "One or more parameter values were invalid: Input collection " + values
            + " contains duplicates.";
        case "NS" -> "Input collection contains duplicates";
        default -> "One or more parameter values were invalid: Input collection " + values
            + "of type BS contains duplicates.";
      };
    }

    /** DynamoDB's own (ungrammatical, double-spaced) wording, kept so messages match. */
    private static String emptySet(String type) {
      return switch (type) {
        case "SS" -> "One or more parameter values were invalid: An string set  may not be empty";
        case "NS" -> "One or more parameter values were invalid: An number set  may not be empty";
        default -> "One or more parameter values were invalid: Binary sets should not be empty";
      };
    }

    static <T> Set<T> frozen(Set<T> values, String type) {
      if (values.isEmpty()) {
        throw new dev.keyway.error.ValidationException(emptySet(type));
      }
      return Compact.set(values);
    }
  }
}
