package dev.keyway.model;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * One linear pass over DynamoDB number text: checks the syntax, finds the significant digits and
 * the powers of ten of the first and last of them, without building a big number. Building a
 * {@link BigDecimal} from the whole text costs time quadratic in its length (a "1" followed by
 * 100,000 zeros took seconds), so limits are checked on this summary first and only the at most
 * 38 significant digits are ever converted.
 */
final class NumberText {
  /** Exponents beyond this are clamped: far outside DynamoDB's range, and safe from overflow. */
  private static final long EXPONENT_CLAMP = 1_000_000_000_000L;

  private final String text;
  private boolean negative;
  private int firstSignificant = -1; // index in text of the first non-zero mantissa digit
  private int lastSignificant = -1; // index in text of the last non-zero mantissa digit
  private int significantDigits; // digits from first to last significant, zeros between included
  private long leadingPower; // power of ten of the first significant digit
  private long trailingPower; // power of ten of the last significant digit

  private NumberText(String text) {
    this.text = text;
  }

  /**
   * Scans {@code text}; null when it is not a number DynamoDB accepts: an optional sign, digits
   * with at most one '.', at least one digit, and an optional exponent with an optional sign.
   */
  static NumberText scan(String text) {
    NumberText n = new NumberText(text);
    return n.scanAll() ? n : null;
  }

  private boolean scanAll() {
    int length = text.length();
    int i = 0;
    if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
      negative = text.charAt(0) == '-';
      i++;
    }
    int digits = 0;
    int integerDigits = -1; // mantissa digits before the '.'; -1 while no '.' was seen
    int firstIndex = -1; // digit count (not text index) of the first significant digit
    int lastIndex = -1;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (c != '0') {
          if (firstIndex < 0) {
            firstIndex = digits;
            firstSignificant = i;
          }
          lastIndex = digits;
          lastSignificant = i;
        }
        digits++;
      } else if (c == '.' && integerDigits < 0) {
        integerDigits = digits;
      } else if ((c == 'e' || c == 'E') && digits > 0) {
        break;
      } else {
        return false;
      }
    }
    if (digits == 0) {
      return false;
    }
    long exponent = 0;
    if (i < length) {
      exponent = exponent(i + 1);
      if (exponent == Long.MIN_VALUE) {
        return false;
      }
    }
    if (integerDigits < 0) {
      integerDigits = digits;
    }
    if (firstIndex >= 0) {
      significantDigits = lastIndex - firstIndex + 1;
      leadingPower = integerDigits - 1L - firstIndex + exponent;
      trailingPower = integerDigits - 1L - lastIndex + exponent;
    }
    return true;
  }

  /** The exponent after 'e', clamped to ±{@link #EXPONENT_CLAMP}; MIN_VALUE when malformed. */
  private long exponent(int start) {
    int length = text.length();
    int i = start;
    boolean minus = false;
    if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      minus = text.charAt(i) == '-';
      i++;
    }
    if (i == length) {
      return Long.MIN_VALUE;
    }
    long value = 0;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Long.MIN_VALUE;
      }
      value = Math.min(value * 10 + (c - '0'), EXPONENT_CLAMP);
    }
    return minus ? -value : value;
  }

  boolean isZero() {
    return firstSignificant < 0;
  }

  int significantDigits() {
    return significantDigits;
  }

  /** Power of ten of the most significant digit: 2 for 123, -3 for 0.00123. */
  long leadingPower() {
    return leadingPower;
  }

  /** The value without trailing zeros; call only when the limits were checked (few digits). */
  BigDecimal toBigDecimal() {
    StringBuilder digits = new StringBuilder(significantDigits + 1);
    if (negative) {
      digits.append('-');
    }
    for (int i = firstSignificant; i <= lastSignificant; i++) {
      char c = text.charAt(i);
      if (c != '.') {
        digits.append(c);
      }
    }
    return new BigDecimal(new BigInteger(digits.toString()), Math.toIntExact(-trailingPower));
  }
}
