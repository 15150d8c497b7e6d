package dev.keyway.codec;

import dev.keyway.model.AttributeValue;
import dev.keyway.model.Bytes;
import dev.keyway.model.DynamoNumber;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Value conversions used by generated schemas ({@code <Entity>Schema}); no reflection. Writers take
 * non-null values (generated code omits null attributes) except the collection writers, which map null
 * elements to NULL and return null for empty sets (DynamoDB has no empty sets). Readers accept a
 * missing attribute (null) or a NULL value and return null, or zero/false for the {@code ...Value}
 * readers of primitives.
 */
public final class ItemCodec {
  private ItemCodec() {}

  // --- writers ---------------------------------------------------------------------------------

  public static AttributeValue n(long value) {
    return AttributeValue.n(value);
  }

  public static AttributeValue n(double value) {
    try {
      return AttributeValue.n(value);
    } catch (IllegalArgumentException e) {
      throw new MappingException(e.getMessage());
    }
  }

  public static AttributeValue n(float value) {
    if (Float.isNaN(value) || Float.isInfinite(value)) {
      throw new MappingException(value + " cannot be stored: DynamoDB numbers are finite");
    }
    return AttributeValue.n(new BigDecimal(Float.toString(value)));
  }

  public static AttributeValue n(BigDecimal value) {
    return AttributeValue.n(value);
  }

  public static AttributeValue n(BigInteger value) {
    return AttributeValue.n(new BigDecimal(value));
  }

  public static AttributeValue s(String value) {
    return AttributeValue.s(value);
  }

  public static AttributeValue bool(boolean value) {
    return AttributeValue.bool(value);
  }

  public static AttributeValue bytes(byte[] value) {
    return AttributeValue.b(value);
  }

  public static AttributeValue instant(Instant value) {
    return AttributeValue.s(instantText(value));
  }

  private static final long FIRST_4_DIGIT_YEAR_SECOND = -62167219200L; // 0000-01-01T00:00:00Z
  private static final long LAST_4_DIGIT_YEAR_SECOND = 253402300799L; // 9999-12-31T23:59:59Z

  /**
   * Exactly {@link Instant#toString()}, built by hand for years 0000-9999: {@code Instant.toString} first
   * initialises {@code DateTimeFormatter}, whose static setup bootstraps lambdas (milliseconds on first use).
   */
  public static String instantText(Instant value) {
    long seconds = value.getEpochSecond();
    if (seconds < FIRST_4_DIGIT_YEAR_SECOND || seconds > LAST_4_DIGIT_YEAR_SECOND) {
      return value.toString();
    }
    int nano = value.getNano();
    LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, java.time.ZoneOffset.UTC);
    StringBuilder b = new StringBuilder(30);
    int year = t.getYear();
    b.append((char) ('0' + year / 1000)).append((char) ('0' + year / 100 % 10));
    two(b, year % 100).append('-');
    two(b, t.getMonthValue()).append('-');
    two(b, t.getDayOfMonth()).append('T');
    two(b, t.getHour()).append(':');
    two(b, t.getMinute()).append(':');
    two(b, t.getSecond());
    if (nano != 0) {
      b.append('.');
      if (nano % 1_000_000 == 0) {
        digits(b, nano / 1_000_000, 3);
      } else if (nano % 1000 == 0) {
        digits(b, nano / 1000, 6);
      } else {
        digits(b, nano, 9);
      }
    }
    return b.append('Z').toString();
  }

  private static StringBuilder two(StringBuilder b, int v) {
    return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }

  private static void digits(StringBuilder b, int v, int width) {
    int start = b.length();
    for (int i = 0; i < width; i++) {
      b.append('0');
    }
    for (int i = start + width - 1; i >= start; i--) {
      b.setCharAt(i, (char) ('0' + v % 10));
      v /= 10;
    }
  }

  public static AttributeValue date(LocalDate value) {
    return AttributeValue.s(value.toString());
  }

  public static AttributeValue dateTime(LocalDateTime value) {
    return AttributeValue.s(value.toString());
  }

  public static AttributeValue uuid(UUID value) {
    return AttributeValue.s(value.toString());
  }

  public static AttributeValue enumName(Enum<?> value) {
    return AttributeValue.s(value.name());
  }

  public static <T> AttributeValue list(List<T> values, Function<? super T, AttributeValue> writer) {
    List<AttributeValue> out = new ArrayList<>(values.size());
    for (T v : values) {
      out.add(v == null ? AttributeValue.nul() : writer.apply(v));
    }
    return AttributeValue.list(out);
  }

  public static <T> AttributeValue map(Map<String, T> values, Function<? super T, AttributeValue> writer) {
    Map<String, AttributeValue> out = new LinkedHashMap<>(values.size() * 2);
    for (Map.Entry<String, T> e : values.entrySet()) {
      out.put(e.getKey(), e.getValue() == null ? AttributeValue.nul() : writer.apply(e.getValue()));
    }
    return AttributeValue.map(out);
  }

  /** A string set, or null for an empty set (the attribute is then omitted). */
  public static AttributeValue stringSet(Collection<String> values) {
    return values.isEmpty() ? null : AttributeValue.stringSet(values);
  }

  public static AttributeValue enumSet(Collection<? extends Enum<?>> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<String> names = new ArrayList<>(values.size());
    for (Enum<?> v : values) {
      names.add(v.name());
    }
    return AttributeValue.stringSet(names);
  }

  public static AttributeValue numberSet(Collection<? extends Number> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<DynamoNumber> numbers = new ArrayList<>(values.size());
    for (Number n : values) {
      numbers.add(((AttributeValue.N) numberOf(n)).value());
    }
    return AttributeValue.numberSet(numbers);
  }

  public static AttributeValue binarySet(Collection<byte[]> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Bytes> bytes = new ArrayList<>(values.size());
    for (byte[] v : values) {
      bytes.add(Bytes.copyOf(v));
    }
    return AttributeValue.binarySet(bytes);
  }

  private static AttributeValue numberOf(Number n) {
    if (n instanceof BigDecimal d) {
      return n(d);
    }
    if (n instanceof BigInteger i) {
      return n(i);
    }
    if (n instanceof Double d) {
      return n(d.doubleValue());
    }
    if (n instanceof Float f) {
      return n(f.floatValue());
    }
    return n(n.longValue());
  }

  // --- readers ---------------------------------------------------------------------------------

  private static boolean absent(AttributeValue v) {
    return v == null || v instanceof AttributeValue.Null;
  }

  private static MappingException wrongType(AttributeValue v, String expected) {
    return new MappingException("Expected " + expected + " but the attribute is " + v.type());
  }

  public static String toStr(AttributeValue v) {
    if (absent(v)) {
      return null;
    }
    if (v instanceof AttributeValue.S s) {
      return s.value();
    }
    throw wrongType(v, "S");
  }

  private static DynamoNumber num(AttributeValue v) {
    if (v instanceof AttributeValue.N n) {
      return n.value();
    }
    throw wrongType(v, "N");
  }

  public static Long toLong(AttributeValue v) {
    return absent(v) ? null : num(v).longValueExact();
  }

  public static long toLongValue(AttributeValue v) {
    return absent(v) ? 0L : num(v).longValueExact();
  }

  public static Integer toInt(AttributeValue v) {
    return absent(v) ? null : Math.toIntExact(num(v).longValueExact());
  }

  public static int toIntValue(AttributeValue v) {
    return absent(v) ? 0 : Math.toIntExact(num(v).longValueExact());
  }

  public static Short toShort(AttributeValue v) {
    return absent(v) ? null : num(v).bigDecimalValue().shortValueExact();
  }

  public static short toShortValue(AttributeValue v) {
    return absent(v) ? 0 : num(v).bigDecimalValue().shortValueExact();
  }

  public static Byte toByte(AttributeValue v) {
    return absent(v) ? null : num(v).bigDecimalValue().byteValueExact();
  }

  public static byte toByteValue(AttributeValue v) {
    return absent(v) ? 0 : num(v).bigDecimalValue().byteValueExact();
  }

  public static Double toDouble(AttributeValue v) {
    return absent(v) ? null : num(v).doubleValue();
  }

  public static double toDoubleValue(AttributeValue v) {
    return absent(v) ? 0d : num(v).doubleValue();
  }

  public static Float toFloat(AttributeValue v) {
    return absent(v) ? null : num(v).bigDecimalValue().floatValue();
  }

  public static float toFloatValue(AttributeValue v) {
    return absent(v) ? 0f : num(v).bigDecimalValue().floatValue();
  }

  public static BigDecimal toBigDecimal(AttributeValue v) {
    return absent(v) ? null : num(v).bigDecimalValue();
  }

  public static BigInteger toBigInteger(AttributeValue v) {
    return absent(v) ? null : num(v).bigIntegerValueExact();
  }

  public static Boolean toBool(AttributeValue v) {
    if (absent(v)) {
      return null;
    }
    if (v instanceof AttributeValue.Bool b) {
      return b.value();
    }
    throw wrongType(v, "BOOL");
  }

  public static boolean toBoolValue(AttributeValue v) {
    Boolean b = toBool(v);
    return b != null && b;
  }

  public static byte[] toBytes(AttributeValue v) {
    if (absent(v)) {
      return null;
    }
    if (v instanceof AttributeValue.B b) {
      return b.value().toByteArray();
    }
    throw wrongType(v, "B");
  }

  public static Instant toInstant(AttributeValue v) {
    String s = toStr(v);
    return s == null ? null : parseInstant(s);
  }

  /** Epoch seconds stored by a {@code @Ttl} field. */
  public static Instant toEpochSecondInstant(AttributeValue v) {
    return absent(v) ? null : Instant.ofEpochSecond(num(v).longValueExact());
  }

  public static LocalDate toDate(AttributeValue v) {
    String s = toStr(v);
    return s == null ? null : LocalDate.parse(s);
  }

  public static LocalDateTime toDateTime(AttributeValue v) {
    String s = toStr(v);
    return s == null ? null : LocalDateTime.parse(s);
  }

  public static UUID toUuid(AttributeValue v) {
    String s = toStr(v);
    return s == null ? null : UUID.fromString(s);
  }

  public static <E extends Enum<E>> E toEnum(AttributeValue v, Function<String, E> valueOf) {
    String s = toStr(v);
    return s == null ? null : valueOf.apply(s);
  }

  public static <T> T converted(AttributeValue v, Function<AttributeValue, T> converter) {
    return absent(v) ? null : converter.apply(v);
  }

  public static <T> List<T> toList(AttributeValue v, Function<AttributeValue, T> reader) {
    if (absent(v)) {
      return null;
    }
    if (!(v instanceof AttributeValue.L l)) {
      throw wrongType(v, "L");
    }
    List<T> out = new ArrayList<>(l.values().size());
    for (AttributeValue e : l.values()) {
      out.add(reader.apply(e));
    }
    return out;
  }

  public static <T> Map<String, T> toMap(AttributeValue v, Function<AttributeValue, T> reader) {
    if (absent(v)) {
      return null;
    }
    if (!(v instanceof AttributeValue.M m)) {
      throw wrongType(v, "M");
    }
    Map<String, T> out = new LinkedHashMap<>(m.values().size() * 2);
    for (Map.Entry<String, AttributeValue> e : m.values().entrySet()) {
      out.put(e.getKey(), reader.apply(e.getValue()));
    }
    return out;
  }

  /** Reads SS, NS or BS (and L, for sets written by other tools) element by element. */
  public static <T> Set<T> toSet(AttributeValue v, Function<AttributeValue, T> reader) {
    if (absent(v)) {
      return null;
    }
    Set<T> out = new LinkedHashSet<>();
    if (v instanceof AttributeValue.SS ss) {
      ss.values().forEach(s -> out.add(reader.apply(AttributeValue.s(s))));
    } else if (v instanceof AttributeValue.NS ns) {
      ns.values().forEach(n -> out.add(reader.apply(new AttributeValue.N(n))));
    } else if (v instanceof AttributeValue.BS bs) {
      bs.values().forEach(b -> out.add(reader.apply(new AttributeValue.B(b))));
    } else if (v instanceof AttributeValue.L l) {
      l.values().forEach(e -> out.add(reader.apply(e)));
    } else {
      throw wrongType(v, "SS, NS or BS");
    }
    return out;
  }

  /**
   * The value of the first of {@code names} present (not missing, not NULL) in {@code item}, or null:
   * a renamed attribute read under its current name, then its aliases.
   */
  public static AttributeValue first(Map<String, AttributeValue> item, String... names) {
    for (String name : names) {
      AttributeValue v = item.get(name);
      if (!absent(v)) {
        return v;
      }
    }
    return null;
  }

  /** {@code v}, or {@code fallback} when {@code v} is missing or NULL (a {@code @DefaultValue}). */
  public static AttributeValue orDefault(AttributeValue v, AttributeValue fallback) {
    return absent(v) ? fallback : v;
  }

  /** Whether {@code v} is missing or NULL (generated readers return null then). */
  public static boolean isAbsent(AttributeValue v) {
    return absent(v);
  }

  /** An L attribute's elements, or null when absent; for generated list readers (plain loops, no lambdas). */
  public static List<AttributeValue> listValues(AttributeValue v) {
    if (absent(v)) {
      return null;
    }
    if (v instanceof AttributeValue.L l) {
      return l.values();
    }
    throw wrongType(v, "L");
  }

  /**
   * A set attribute's elements (SS, NS or BS; L for sets written by other tools) as attribute values, or
   * null when absent; for generated set readers.
   */
  public static List<AttributeValue> setValues(AttributeValue v) {
    if (absent(v)) {
      return null;
    }
    List<AttributeValue> out;
    if (v instanceof AttributeValue.SS ss) {
      out = new ArrayList<>(ss.values().size());
      for (String s : ss.values()) {
        out.add(AttributeValue.s(s));
      }
    } else if (v instanceof AttributeValue.NS ns) {
      out = new ArrayList<>(ns.values().size());
      for (DynamoNumber n : ns.values()) {
        out.add(new AttributeValue.N(n));
      }
    } else if (v instanceof AttributeValue.BS bs) {
      out = new ArrayList<>(bs.values().size());
      for (Bytes b : bs.values()) {
        out.add(new AttributeValue.B(b));
      }
    } else if (v instanceof AttributeValue.L l) {
      out = l.values();
    } else {
      throw wrongType(v, "SS, NS or BS");
    }
    return out;
  }

  /** A map attribute's values, for nested records and beans. */
  public static Map<String, AttributeValue> toItem(AttributeValue v) {
    if (absent(v)) {
      return null;
    }
    if (v instanceof AttributeValue.M m) {
      return m.values();
    }
    throw wrongType(v, "M");
  }

  /**
   * Parses ISO-8601 instants; the common {@code yyyy-MM-ddTHH:mm:ss[.f]Z} form written by {@link
   * Instant#toString()} takes a fast path without the general parser.
   */
  public static Instant parseInstant(String s) {
    int n = s.length();
    if (n >= 20 && n <= 30 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T'
        && s.charAt(13) == ':' && s.charAt(16) == ':' && s.charAt(n - 1) == 'Z') {
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 7);
      int day = digits(s, 8, 10);
      int hour = digits(s, 11, 13);
      int minute = digits(s, 14, 16);
      int second = digits(s, 17, 19);
      int nanos = 0;
      boolean ok = year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour < 24
          && minute >= 0 && minute < 60 && second >= 0 && second < 60;
      if (ok && n > 20) {
        if (s.charAt(19) != '.' || n - 21 > 9 || n - 21 < 1) {
          ok = false;
        } else {
          nanos = digits(s, 20, n - 1);
          for (int i = n - 21; i < 9; i++) {
            nanos *= 10;
          }
          ok = nanos >= 0;
        }
      } else if (ok && n != 20) {
        ok = false;
      }
      if (ok && day <= 28) {
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
      }
    }
    return Instant.parse(s);
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }
}
