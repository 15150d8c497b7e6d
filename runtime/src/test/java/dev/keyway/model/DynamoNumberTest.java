package dev.keyway.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.error.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DynamoNumberTest {
  private static final String DIGITS =
      "The parameter cannot be converted to a numeric value";
  private static final String TOO_MANY =
      "Attempting to store more than 38 significant digits in a Number";
  private static final String OVERFLOW =
      "Number overflow. Attempting to store a number with magnitude larger than supported range";
  private static final String UNDERFLOW =
      "Number underflow. Attempting to store a number with magnitude smaller than supported range";

  @ParameterizedTest
  @CsvSource({
    "1E2, 100", "100.00, 100", "1e+2, 100", "0.0100, 0.01", "-0, 0", "-0.000, 0", "0E10, 0",
    "007, 7", "1.5E-3, 0.0015", "-12.50, -12.5", "1.0, 1", "+3, 3"
  })
  void normalisesToCanonicalText(String input, String canonical) {
    DynamoNumber n = DynamoNumber.parse(input);
    assertThat(n).hasToString(canonical);
    assertThat(n).isEqualTo(DynamoNumber.parse(canonical));
    assertThat(n.hashCode()).isEqualTo(DynamoNumber.parse(canonical).hashCode());
  }

  @Test
  void exponentFormsAreOneValue() {
    assertThat(DynamoNumber.parse("1E2"))
        .isEqualTo(DynamoNumber.parse("100"))
        .isEqualTo(DynamoNumber.parse("100.00"))
        .isEqualTo(DynamoNumber.of(100))
        .isEqualTo(DynamoNumber.of(new BigDecimal("100.000")));
    assertThat(DynamoNumber.parse("-0")).isEqualTo(DynamoNumber.of(0)).isEqualTo(DynamoNumber.parse("0.0"));
    assertThat(DynamoNumber.parse("-0").signum()).isZero();
  }

  @Test
  void thirtyEightSignificantDigitsAreAccepted() {
    String d38 = "12345678901234567890123456789012345678";
    assertThat(DynamoNumber.parse(d38).significantDigits()).isEqualTo(38);
    assertThat(DynamoNumber.parse("-" + d38)).hasToString("-" + d38);
    assertThat(DynamoNumber.parse("0." + d38).significantDigits()).isEqualTo(38);
    // Leading and trailing zeros are not significant.
    assertThat(DynamoNumber.parse("000" + d38 + "000").significantDigits()).isEqualTo(38);
    assertThat(DynamoNumber.parse("0.000" + d38).significantDigits()).isEqualTo(38);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "123456789012345678901234567890123456789",
    "-123456789012345678901234567890123456789",
    "1.23456789012345678901234567890123456789",
    "1234567890123456789012345678901234567.89"
  })
  void thirtyNineSignificantDigitsAreRejected(String text) {
    assertThatThrownBy(() -> DynamoNumber.parse(text))
        .isInstanceOf(ValidationException.class)
        .hasMessage(TOO_MANY);
  }

  @Test
  void magnitudeLimits() {
    assertThat(DynamoNumber.parse("1E-130")).isEqualTo(DynamoNumber.of(BigDecimal.ONE.movePointLeft(130)));
    assertThat(DynamoNumber.parse("-1E-130").signum()).isNegative();
    String max = "9.9999999999999999999999999999999999999E+125";
    assertThat(DynamoNumber.parse(max).significantDigits()).isEqualTo(38);
    assertThat(DynamoNumber.parse("-" + max).signum()).isNegative();
    assertThatThrownBy(() -> DynamoNumber.parse("1E-131")).hasMessage(UNDERFLOW);
    assertThatThrownBy(() -> DynamoNumber.parse("-9.9E-131")).hasMessage(UNDERFLOW);
    assertThatThrownBy(() -> DynamoNumber.parse("1E+126")).hasMessage(OVERFLOW);
    assertThatThrownBy(() -> DynamoNumber.parse("-1E+126")).hasMessage(OVERFLOW);
    assertThatThrownBy(() -> DynamoNumber.of(new BigDecimal("1E+200")))
        .isInstanceOf(ValidationException.class)
        .hasMessage(OVERFLOW);
  }

  /** Issue 9 (6): limits are checked in one linear pass, before any big-number arithmetic. */
  @Test
  void hundredThousandDigitNumbersAreRejectedByTheirLimits() {
    assertThatThrownBy(() -> DynamoNumber.parse("1" + "0".repeat(100_000)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(OVERFLOW);
    assertThatThrownBy(() -> DynamoNumber.parse("0." + "0".repeat(100_000) + "1"))
        .isInstanceOf(ValidationException.class)
        .hasMessage(UNDERFLOW);
    assertThatThrownBy(() -> DynamoNumber.parse("9".repeat(100_000)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(TOO_MANY);
  }

  @Test
  void longTextWithFewSignificantDigitsIsAccepted() {
    assertThat(DynamoNumber.parse("1." + "0".repeat(100_000))).hasToString("1");
    assertThat(DynamoNumber.parse("0".repeat(100_000) + "12.5")).hasToString("12.5");
    assertThat(DynamoNumber.parse("1" + "0".repeat(125))).hasToString("1" + "0".repeat(125));
  }

  @ParameterizedTest
  @CsvSource({
    "1E99999999999999999999, " + OVERFLOW,
    "-1e+1000000000000000, " + OVERFLOW,
    "1E-99999999999999999999, " + UNDERFLOW,
  })
  void exponentsBeyondAnyIntAreOutOfRangeNotUnreadable(String text, String message) {
    assertThatThrownBy(() -> DynamoNumber.parse(text))
        .isInstanceOf(ValidationException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource({"0E99999999999999999999, 0", "5., 5", ".5, 0.5", "-.5e1, -5", "12.3400E-2, 0.1234"})
  void edgeFormsParse(String text, String canonical) {
    assertThat(DynamoNumber.parse(text)).hasToString(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1e", "--1", "1E+", "1.2.3", ".", "e5", "1e5.5", " 1", "1 ",
      "NaN", "Infinity", "0x10", "1_000", "1,5", "-", "++1", "1e--2"})
  void invalidTextIsRejected(String text) {
    assertThatThrownBy(() -> DynamoNumber.parse(text))
        .isInstanceOf(ValidationException.class)
        .hasMessage(DIGITS + ": " + text);
  }

  @Test
  void emptyTextIsRejected() {
    assertThatThrownBy(() -> DynamoNumber.parse(""))
        .isInstanceOf(ValidationException.class)
        .hasMessage(DIGITS);
  }

  @Test
  void orderingIsNumericIncludingNegatives() {
    List<String> sorted = List.of("-1E+125", "-100", "-10", "-2", "-1.5", "-1E-130", "0",
        "1E-130", "0.5", "1", "1.5", "2", "10", "100", "9.9E+125");
    List<DynamoNumber> shuffled = new ArrayList<>();
    sorted.forEach(s -> shuffled.add(DynamoNumber.parse(s)));
    Collections.shuffle(shuffled, new java.util.Random(42));
    Collections.sort(shuffled);
    assertThat(shuffled).extracting(DynamoNumber::toString)
        .containsExactlyElementsOf(sorted.stream().map(s -> DynamoNumber.parse(s).toString()).toList());
    assertThat(DynamoNumber.parse("-0").compareTo(DynamoNumber.parse("0"))).isZero();
    assertThat(DynamoNumber.parse("1.0").compareTo(DynamoNumber.parse("1"))).isZero();
  }

  @Test
  void arithmeticIsExactAndChecked() {
    assertThat(DynamoNumber.parse("0.1").add(DynamoNumber.parse("0.2"))).hasToString("0.3");
    assertThat(DynamoNumber.parse("1").subtract(DynamoNumber.parse("1"))).isEqualTo(DynamoNumber.of(0));
    DynamoNumber big9 = DynamoNumber.parse("9E+125");
    assertThatThrownBy(() -> big9.add(big9)).hasMessage(OVERFLOW);
    DynamoNumber big = DynamoNumber.parse("1E+37");
    assertThatThrownBy(() -> big.add(DynamoNumber.parse("0.1"))).hasMessage(TOO_MANY);
  }

  @ParameterizedTest
  @CsvSource({
    "9223372036854775807, true", "-9223372036854775808, true", "1E18, true", "1E+18, true",
    "9223372036854775808, false", "-9223372036854775809, false", "1.5, false", "1E19, false",
    "0, true", "-7, true"
  })
  void isLongFollowsTheRangeOfLong(String text, boolean fits) {
    DynamoNumber n = DynamoNumber.parse(text);
    assertThat(n.isLong()).isEqualTo(fits);
    if (fits) {
      assertThat(n.longValueExact()).isEqualTo(new BigDecimal(text).longValueExact());
    }
  }

  @ParameterizedTest
  @CsvSource({
    // text, bytes: one per pair of significant digits (paired from the decimal point) + 1
    "0, 1", "1, 2", "12, 2", "123, 3", "1234, 3", "12345, 4", "100, 2", "1E+10, 2",
    "0.1, 2", "0.01, 2", "1.5, 3", "-1, 3", "-12345, 5",
    "12345678901234567890123456789012345678, 20"
  })
  void sizeInBytes(String text, int bytes) {
    assertThat(DynamoNumber.parse(text).sizeInBytes()).isEqualTo(bytes);
  }
}
