package dev.keyway.model;

import dev.keyway.error.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A DynamoDB number: up to 38 significant digits, magnitude between 1E-130 and
 * 9.9999999999999999999999999999999999999E+125, or zero. Instances are normalised (no trailing
 * zeros, no negative zero), so {@link #equals} and {@link #hashCode} follow numeric value.
 */
public final class DynamoNumber implements Comparable<DynamoNumber> {
  /** Most significant digits DynamoDB stores. */
  public static final int MAX_DIGITS = 38;

  private static final BigDecimal UPPER_EXCLUSIVE = BigDecimal.ONE.scaleByPowerOfTen(126);
  private static final BigDecimal LOWER_INCLUSIVE = BigDecimal.ONE.scaleByPowerOfTen(-130);
  /** Powers of ten the most significant digit may have: 1E-130 up to 9.99...E+125. */
  private static final int MAX_POWER = 125;
  private static final int MIN_POWER = -130;
  private static final DynamoNumber ZERO = new DynamoNumber(BigDecimal.ZERO);

  private final BigDecimal value;
  private String text;

  private DynamoNumber(BigDecimal normalised) {
    this.value = normalised;
  }

  /**
   * Parses DynamoDB number text ({@code 12}, {@code -0.5}, {@code 1.5E10}) and checks DynamoDB's
   * limits, failing with DynamoDB's messages. Time is linear in the length of the text: limits are
   * checked on a one-pass summary before any big-number arithmetic.
   */
  public static DynamoNumber parse(String text) {
    NumberText scanned = NumberText.scan(text);
    if (scanned == null) {
      throw new ValidationException(
          text.isEmpty()
              ? "The parameter cannot be converted to a numeric value"
              : "The parameter cannot be converted to a numeric value: " + text);
    }
    if (scanned.isZero()) {
      return ZERO;
    }
    if (scanned.significantDigits() > MAX_DIGITS) {
      throw tooManyDigits();
    }
    if (scanned.leadingPower() > MAX_POWER) {
      throw overflow();
    }
    if (scanned.leadingPower() < MIN_POWER) {
      throw underflow();
    }
    return new DynamoNumber(scanned.toBigDecimal());
  }

  public static DynamoNumber of(long value) {
    if (value == 0) {
      return ZERO;
    }
    BigDecimal d = BigDecimal.valueOf(value);
    // No trailing zero digit: already normalised (stripTrailingZeros would only copy it).
    return new DynamoNumber(value % 10 != 0 ? d : d.stripTrailingZeros());
  }

  /** Normalises and checks a decimal against DynamoDB's limits. */
  public static DynamoNumber of(BigDecimal value) {
    if (value.signum() == 0) {
      return ZERO;
    }
    BigDecimal normalised = value.stripTrailingZeros();
    if (normalised.precision() > MAX_DIGITS) {
      throw tooManyDigits();
    }
    BigDecimal magnitude = normalised.abs();
    if (magnitude.compareTo(UPPER_EXCLUSIVE) >= 0) {
      throw overflow();
    }
    if (magnitude.compareTo(LOWER_INCLUSIVE) < 0) {
      throw underflow();
    }
    return new DynamoNumber(normalised);
  }

  private static ValidationException tooManyDigits() {
    return new ValidationException("Attempting to store more than 38 significant digits in a Number");
  }

  private static ValidationException overflow() {
    return new ValidationException(
        "Number overflow. Attempting to store a number with magnitude larger than supported range");
  }

  private static ValidationException underflow() {
    return new ValidationException(
        "Number underflow. Attempting to store a number with magnitude smaller than supported range");
  }

  public BigDecimal bigDecimalValue() {
    return value;
  }

  public int signum() {
    return value.signum();
  }

  /** Exact sum, checked against DynamoDB's limits (used by ADD and SET a + b). */
  public DynamoNumber add(DynamoNumber other) {
    return of(value.add(other.value));
  }

  /** Exact difference, checked against DynamoDB's limits. */
  public DynamoNumber subtract(DynamoNumber other) {
    return of(value.subtract(other.value));
  }

  /** Significant digits after trimming leading and trailing zeros (0 for zero). */
  public int significantDigits() {
    return value.signum() == 0 ? 0 : value.precision();
  }

  /**
   * Bytes DynamoDB counts for this number: one per base-100 digit (digits are paired from the
   * decimal point), one for the exponent, and one more for a negative sign.
   */
  public int sizeInBytes() {
    if (value.signum() == 0) {
      return 1;
    }
    int digits = value.precision();
    int leading = digits - value.scale() - 1; // power of ten of the first digit
    int trailing = -value.scale(); // power of ten of the last digit
    int pairs = Math.floorDiv(leading, 2) - Math.floorDiv(trailing, 2) + 1;
    return pairs + 1 + (value.signum() < 0 ? 1 : 0);
  }

  /** Whether this number is an integer that fits a {@code long}. */
  public boolean isLong() {
    if (value.scale() > 0) {
      return false;
    }
    int integerDigits = value.precision() - value.scale();
    if (integerDigits <= 18) {
      return true;
    }
    // 19-digit integers straddle the range of long (up to 9223372036854775807).
    return integerDigits == 19 && value.toBigInteger().bitLength() <= 63;
  }

  public long longValueExact() {
    return value.longValueExact();
  }

  public BigInteger bigIntegerValueExact() {
    return value.toBigIntegerExact();
  }

  public double doubleValue() {
    return value.doubleValue();
  }

  @Override
  public int compareTo(DynamoNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DynamoNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** DynamoDB's canonical text: plain digits, no exponent, no trailing zeros. */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = value.toPlainString();
      text = t;
    }
    return t;
  }

}
