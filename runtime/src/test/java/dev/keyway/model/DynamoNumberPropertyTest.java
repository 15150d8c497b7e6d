package dev.keyway.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.testing.SeededTries;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of number normalisation over numbers inside DynamoDB's range. */
class DynamoNumberPropertyTest {
  private static final int TRIES = 1000;
  private static final BigDecimal SMALLEST = new BigDecimal("1E-130");
  private static final BigDecimal TOO_LARGE = new BigDecimal("1E+126");

  private static final BigDecimal LARGEST = new BigDecimal("9".repeat(38)).scaleByPowerOfTen(126 - 38);
  private static final BigDecimal[] EDGES = {BigDecimal.ZERO, SMALLEST, SMALLEST.negate(), LARGEST,
      LARGEST.negate(), BigDecimal.ONE, new BigDecimal("-1")};

  record NumberPair(BigDecimal a, BigDecimal b) {
    /** Independent numbers, or in one try of four the same value written with more zeros. */
    static NumberPair draw(Random random) {
      BigDecimal a = number(random);
      BigDecimal b = random.nextInt(4) == 0 ? a.setScale(a.scale() + random.nextInt(3)) : number(random);
      return new NumberPair(a, b);
    }
  }

  /**
   * Up to 38 significant digits with a scale in -88..130, drawn again until the magnitude is zero
   * or inside DynamoDB's range [1E-130, 1E+126); one draw in sixteen is an edge of that range.
   */
  static BigDecimal number(Random random) {
    if (random.nextInt(16) == 0) {
      return EDGES[random.nextInt(EDGES.length)];
    }
    while (true) {
      int digits = 1 + random.nextInt(38);
      BigInteger unscaled = new BigInteger(digits * 4, random).mod(BigInteger.TEN.pow(digits));
      if (random.nextBoolean()) {
        unscaled = unscaled.negate();
      }
      BigDecimal d = new BigDecimal(unscaled, -88 + random.nextInt(219));
      if (d.signum() == 0 || (d.abs().compareTo(SMALLEST) >= 0 && d.abs().compareTo(TOO_LARGE) < 0)) {
        return d;
      }
    }
  }

  @Test
  void normalisationIsIdempotent() {
    SeededTries.forAll(TRIES, DynamoNumberPropertyTest::number, value -> {
      DynamoNumber once = DynamoNumber.of(value);
      DynamoNumber twice = DynamoNumber.parse(once.toString());
      assertThat(twice).isEqualTo(once);
      assertThat(twice.toString()).isEqualTo(once.toString());
      assertThat(DynamoNumber.of(once.bigDecimalValue())).isEqualTo(once);
      assertThat(once.bigDecimalValue().compareTo(value)).isZero();
    });
  }

  @Test
  void compareIsConsistentWithEquals() {
    SeededTries.forAll(TRIES, NumberPair::draw, p -> {
      BigDecimal a = p.a();
      BigDecimal b = p.b();
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
    });
  }
}
