package dev.keyway.codec;

import dev.keyway.model.AttributeValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Encodes field values into key-template segments so that a key's lexicographic (UTF-8 byte) order is
 * the natural order of the values, and so that no value can forge another key.
 *
 * <ul>
 *   <li>Strings: kept as they are (case preserved), except that {@code %} becomes {@code %25} and the
 *       template separator {@code #} becomes {@code %23}. A value can therefore never add a segment.
 *   <li>Integral numbers: a fixed width of digits. Non-negative values are zero-padded ({@code 42} ->
 *       {@code 0000000042}); negative values are written as {@code -} followed by {@code 10^width +
 *       value}, zero-padded ({@code -1} -> {@code -9999999999}). Since {@code '-' < '0'}, every
 *       negative sorts before every non-negative value, and within each sign the order is numeric.
 *       A value that does not fit the width is rejected.
 *   <li>Dates and times: ISO-8601 with fixed field widths (years 0000 to 9999, nine fraction digits
 *       for {@code Instant} and {@code LocalDateTime}) so that string order is time order.
 *   <li>Enums: the constant name. UUIDs: the canonical lower-case text.
 *   <li>Values of a converter: a string as above; a number as its canonical text in a partition key
 *       (only equality matters) and in {@link #MAX_WIDTH} digits in a sort key.
 * </ul>
 */
public final class KeyCodec {
  /** The separator between template segments. */
  public static final char SEPARATOR = '#';

  /** Digits of the widest value of each integral type: the default padding width. */
  public static final int BYTE_WIDTH = 3;
  public static final int SHORT_WIDTH = 5;
  public static final int INT_WIDTH = 10;
  public static final int LONG_WIDTH = 19;
  public static final int MAX_WIDTH = 38;

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private KeyCodec() {}

  /** A string segment, escaped so that it cannot contain the separator. */
  public static String string(String field, String value) {
    requireValue(field, value);
    if (value.indexOf('%') < 0 && value.indexOf(SEPARATOR) < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%') {
        out.append("%25");
      } else if (c == SEPARATOR) {
        out.append("%23");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Reverses {@link #string(String, String)}. */
  public static String unescape(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    StringBuilder out = new StringBuilder(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%' && segment.startsWith("%23", i)) {
        out.append(SEPARATOR);
        i += 2;
      } else if (c == '%' && segment.startsWith("%25", i)) {
        out.append('%');
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** An integral number in {@code width} digits (see the class comment). */
  public static String integral(String field, long value, int width) {
    checkWidth(width);
    if (width >= LONG_WIDTH) {
      return integral(field, BigInteger.valueOf(value), width);
    }
    long limit = POW10[width];
    if (value >= limit || value <= -limit) {
      throw tooWide(field, String.valueOf(value), width);
    }
    return value >= 0 ? pad(Long.toString(value), width) : "-".concat(pad(Long.toString(limit + value), width));
  }

  /** An integral number in {@code width} digits (see the class comment). */
  public static String integral(String field, BigInteger value, int width) {
    requireValue(field, value);
    checkWidth(width);
    BigInteger limit = BigInteger.TEN.pow(width);
    if (value.abs().compareTo(limit) >= 0) {
      throw tooWide(field, value.toString(), width);
    }
    return value.signum() >= 0
        ? pad(value.toString(), width)
        : "-".concat(pad(limit.add(value).toString(), width));
  }

  /** A boxed integral number (or BigInteger) in {@code width} digits; null is rejected. */
  public static String integral(String field, Number value, int width) {
    requireValue(field, value);
    if (value instanceof BigInteger big) {
      return integral(field, big, width);
    }
    return integral(field, value.longValue(), width);
  }

  /**
   * Any number in a partition key, where only equality matters: its shortest plain text. Integral
   * numbers in sort keys use {@link #integral} instead.
   */
  public static String number(String field, Number value) {
    requireValue(field, value);
    if (value instanceof BigDecimal d) {
      return decimal(field, d);
    }
    if (value instanceof BigInteger || value instanceof Long || value instanceof Integer
        || value instanceof Short || value instanceof Byte) {
      return value.toString();
    }
    double d = value.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new KeyEncodingException("Key field '" + field + "' is " + d + ", which DynamoDB cannot store.");
    }
    return decimal(field, value instanceof Float f ? new BigDecimal(f.toString()) : BigDecimal.valueOf(d));
  }

  /** Reverses {@link #integral(String, BigInteger, int)}. */
  public static BigInteger parseIntegral(String segment) {
    if (segment.startsWith("-")) {
      String digits = segment.substring(1);
      return new BigInteger(digits).subtract(BigInteger.TEN.pow(digits.length()));
    }
    return new BigInteger(segment);
  }

  /**
   * A decimal number in a partition key, where only equality matters: the shortest plain text of the
   * value ({@code 1.50} and {@code 1.5} give the same key).
   */
  public static String decimal(String field, BigDecimal value) {
    requireValue(field, value);
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }

  public static String date(String field, LocalDate value) {
    requireValue(field, value);
    checkYear(field, value.getYear());
    return value.toString();
  }

  public static String dateTime(String field, LocalDateTime value) {
    requireValue(field, value);
    checkYear(field, value.getYear());
    StringBuilder out = new StringBuilder(29);
    out.append(value.toLocalDate()).append('T');
    two(out, value.getHour()).append(':');
    two(out, value.getMinute()).append(':');
    two(out, value.getSecond()).append('.');
    out.append(pad(Integer.toString(value.getNano()), 9));
    return out.toString();
  }

  public static String instant(String field, Instant value) {
    requireValue(field, value);
    return dateTime(field, LocalDateTime.ofInstant(value, ZoneOffset.UTC)).concat("Z");
  }

  public static String enumName(String field, Enum<?> value) {
    requireValue(field, value);
    return value.name();
  }

  public static String uuid(String field, UUID value) {
    requireValue(field, value);
    return value.toString();
  }

  /** A value produced by a converter: strings are escaped, numbers written as their canonical text. */
  public static String converted(String field, AttributeValue value) {
    requireValue(field, value);
    if (value instanceof AttributeValue.S s) {
      return string(field, s.value());
    }
    if (value instanceof AttributeValue.N n) {
      return n.text();
    }
    throw new KeyEncodingException(
        "Key field '" + field + "': its converter produced " + value.type()
            + "; a key segment needs a string (S) or a number (N).");
  }

  /**
   * A converter's value in a sort key, where text order must be the value order: strings as in
   * {@link #converted}, integral numbers in {@link #MAX_WIDTH} digits as {@link #integral(String,
   * BigInteger, int)} writes them (the canonical text of a number does not sort: {@code "10" < "9"},
   * {@code "-5" < "-50"}). A number with a fraction has no such text and is rejected.
   */
  public static String sortableConverted(String field, AttributeValue value) {
    requireValue(field, value);
    if (value instanceof AttributeValue.N n) {
      BigDecimal number = new BigDecimal(n.text()).stripTrailingZeros();
      if (number.scale() > 0) {
        throw new KeyEncodingException(
            "Key field '" + field + "': its converter produced " + n.text() + " for a sort key, where only"
                + " integral numbers keep their order; make it write an integral number or an order-preserving string.");
      }
      return integral(field, number.toBigIntegerExact(), MAX_WIDTH);
    }
    return converted(field, value);
  }

  private static StringBuilder two(StringBuilder out, int v) {
    if (v < 10) {
      out.append('0');
    }
    return out.append(v);
  }

  private static void checkYear(String field, int year) {
    if (year < 0 || year > 9999) {
      throw new KeyEncodingException(
          "Key field '" + field + "': year " + year
              + " is outside 0000-9999, where ISO-8601 text sorts in time order.");
    }
  }

  private static void checkWidth(int width) {
    if (width < 1 || width > MAX_WIDTH) {
      throw new IllegalArgumentException("width must be 1 to " + MAX_WIDTH + ", was " + width);
    }
  }

  private static KeyEncodingException tooWide(String field, String value, int width) {
    return new KeyEncodingException(
        "Key field '" + field + "': " + value + " does not fit in " + width
            + " digits; declare a wider padding such as {" + field + ":" + (width + 1) + "}.");
  }

  private static void requireValue(String field, Object value) {
    if (value == null) {
      throw new KeyEncodingException(
          "Key field '" + field + "' is null; every field of a key template needs a value.");
    }
  }

  private static String pad(String digits, int width) {
    if (digits.length() >= width) {
      return digits;
    }
    StringBuilder out = new StringBuilder(width);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits).toString();
  }
}
