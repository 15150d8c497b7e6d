package dev.keyway.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of number normalisation over numbers inside DynamoDB's range. */
class DynamoNumberPropertyTest {

  @Provide
  Arbitrary<BigDecimal> numbers() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.bigIntegers().between(
            new BigInteger("-99999999999999999999999999999999999999"),
            new BigInteger("99999999999999999999999999999999999999"));
    Arbitrary<Integer> scale = Arbitraries.integers().between(-88, 130);
    return Combinators.combine(unscaled, scale).as(BigDecimal::new)
        .filter(d -> d.signum() == 0
            || (d.abs().compareTo(new BigDecimal("1E-130")) >= 0
                && d.abs().compareTo(new BigDecimal("1E+126")) < 0));
  }

  @Property
  void normalisationIsIdempotent(@ForAll("numbers") BigDecimal value) {
    DynamoNumber once = DynamoNumber.of(value);
    DynamoNumber twice = DynamoNumber.parse(once.toString());
    assertThat(twice).isEqualTo(once);
    assertThat(twice.toString()).isEqualTo(once.toString());
    assertThat(DynamoNumber.of(once.bigDecimalValue())).isEqualTo(once);
    assertThat(once.bigDecimalValue().compareTo(value)).isZero();
  }

  @Property
  void compareIsConsistentWithEquals(
      @ForAll("numbers") BigDecimal a, @ForAll("numbers") BigDecimal b) {
    DynamoNumber x = DynamoNumber.of(a);
    DynamoNumber y = DynamoNumber.of(b);
    assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(a.compareTo(b)));
    if (x.equals(y)) {
      assertThat(x.hashCode()).isEqualTo(y.hashCode());
    }
    // Trailing zeros and exponent notation never change the value.
    assertThat(DynamoNumber.parse(a.toString())).isEqualTo(x);
    assertThat(DynamoNumber.parse(a.toEngineeringString())).isEqualTo(x);
  }
}
