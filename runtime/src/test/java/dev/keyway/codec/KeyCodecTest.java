package dev.keyway.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.model.AttributeValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import dev.keyway.testing.Draws;
import dev.keyway.testing.SeededTries;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyCodecTest {
  private static final int TRIES = 1000;

  record Longs(long a, long b) {
    static Longs any(Random r) {
      return new Longs(Draws.anyLong(r), Draws.anyLong(r));
    }

    static Longs between(Random r, long min, long max) {
      return new Longs(Draws.longBetween(r, min, max), Draws.longBetween(r, min, max));
    }
  }

  record Instants(Instant a, Instant b) {
    static Instant one(Random r) {
      return Instant.ofEpochSecond(Draws.longBetween(r, -62_000_000_000L, 253_000_000_000L),
          Draws.intBetween(r, 0, 999_999_999));
    }
  }

  record StringPair(String a, String b) {}

  @Test
  void integralsArePaddedAndNegativesComplemented() {
    assertThat(KeyCodec.integral("n", 42, 10)).isEqualTo("0000000042");
    assertThat(KeyCodec.integral("n", 0, 3)).isEqualTo("000");
    assertThat(KeyCodec.integral("n", -1, 10)).isEqualTo("-9999999999");
    assertThat(KeyCodec.integral("n", -999, 3)).isEqualTo("-001");
    assertThat(KeyCodec.integral("n", Long.MIN_VALUE, 19)).isEqualTo("-0776627963145224192");
    assertThat(KeyCodec.integral("n", Long.MAX_VALUE, 19)).isEqualTo("9223372036854775807");
  }

  @Test
  void integralsThatDoNotFitAreRejected() {
    assertThatThrownBy(() -> KeyCodec.integral("rank", 1000, 3))
        .isInstanceOf(KeyEncodingException.class)
        .hasMessage("Key field 'rank': 1000 does not fit in 3 digits; declare a wider padding such as {rank:4}.");
    assertThatThrownBy(() -> KeyCodec.integral("rank", -1000, 3)).isInstanceOf(KeyEncodingException.class);
  }

  @Test
  void integralOrderIsLexicographicOrder() {
    SeededTries.forAll(TRIES, Longs::any, p -> integralOrder(p.a(), p.b()));
  }

  private static void integralOrder(long a, long b) {
    String ea = KeyCodec.integral("n", a, 19);
    String eb = KeyCodec.integral("n", b, 19);
    assertThat(Integer.signum(ea.compareTo(eb))).isEqualTo(Integer.signum(Long.compare(a, b)));
    assertThat(KeyCodec.parseIntegral(ea)).isEqualTo(BigInteger.valueOf(a));
  }

  @Test
  void narrowIntegralOrderIsLexicographicOrder() {
    SeededTries.forAll(TRIES, r -> Longs.between(r, -99999, 99999),
        p -> narrowIntegralOrder((int) p.a(), (int) p.b()));
  }

  private static void narrowIntegralOrder(int a, int b) {
    String ea = KeyCodec.integral("n", a, 5);
    String eb = KeyCodec.integral("n", b, 5);
    assertThat(Integer.signum(ea.compareTo(eb))).isEqualTo(Integer.signum(Integer.compare(a, b)));
    assertThat(KeyCodec.parseIntegral(ea)).isEqualTo(BigInteger.valueOf(a));
  }

  @Test
  void bigIntegerOrderIsLexicographicOrder() {
    SeededTries.forAll(TRIES, Longs::any, p -> bigIntegerOrder(p.a(), p.b()));
  }

  private static void bigIntegerOrder(long a, long b) {
    BigInteger x = BigInteger.valueOf(a).multiply(BigInteger.valueOf(1_000_003));
    BigInteger y = BigInteger.valueOf(b).multiply(BigInteger.valueOf(1_000_003));
    String ex = KeyCodec.integral("n", x, 30);
    String ey = KeyCodec.integral("n", y, 30);
    assertThat(Integer.signum(ex.compareTo(ey))).isEqualTo(Integer.signum(x.compareTo(y)));
    assertThat(KeyCodec.parseIntegral(ex)).isEqualTo(x);
  }

  @Test
  void convertedNumbersInSortKeysArePaddedSoThatTheySort() {
    assertThat(KeyCodec.converted("n", AttributeValue.n("-5"))).isEqualTo("-5");
    assertThat(KeyCodec.sortableConverted("n", AttributeValue.n("42")))
        .isEqualTo("00000000000000000000000000000000000042");
    assertThat(KeyCodec.sortableConverted("n", AttributeValue.n("-5")))
        .isEqualTo("-99999999999999999999999999999999999995");
    assertThat(KeyCodec.sortableConverted("n", AttributeValue.n("1.5E+2"))).isEqualTo(
        KeyCodec.sortableConverted("n", AttributeValue.n("150")));
    assertThat(KeyCodec.sortableConverted("s", AttributeValue.s("a#b"))).isEqualTo("a%23b");
    assertThatThrownBy(() -> KeyCodec.sortableConverted("price", AttributeValue.n("-1.25")))
        .isInstanceOf(KeyEncodingException.class)
        .hasMessage("Key field 'price': its converter produced -1.25 for a sort key, where only integral numbers"
            + " keep their order; make it write an integral number or an order-preserving string.");
    SeededTries.forAll(TRIES, Longs::any, p -> convertedOrder(p.a(), p.b()));
  }

  private static void convertedOrder(long a, long b) {
    String ea = KeyCodec.sortableConverted("n", AttributeValue.n(Long.toString(a)));
    String eb = KeyCodec.sortableConverted("n", AttributeValue.n(Long.toString(b)));
    assertThat(Integer.signum(ea.compareTo(eb))).isEqualTo(Integer.signum(Long.compare(a, b)));
    assertThat(KeyCodec.parseIntegral(ea)).isEqualTo(BigInteger.valueOf(a));
  }

  @Test
  void instantOrderIsLexicographicOrder() {
    SeededTries.forAll(TRIES, r -> new Instants(Instants.one(r), Instants.one(r)),
        p -> instantOrder(p.a(), p.b()));
  }

  private static void instantOrder(Instant a, Instant b) {
    String ea = KeyCodec.instant("t", a);
    String eb = KeyCodec.instant("t", b);
    assertThat(Integer.signum(ea.compareTo(eb))).isEqualTo(Integer.signum(a.compareTo(b)));
    assertThat(Instant.parse(ea)).isEqualTo(a);
  }

  @Test
  void dateOrderIsLexicographicOrder() {
    SeededTries.forAll(TRIES, r -> Longs.between(r, 0, 2_900_000), p -> dateOrder(p.a(), p.b()));
  }

  private static void dateOrder(long d1, long d2) {
    LocalDate a = LocalDate.of(0, 1, 1).plusDays(d1);
    LocalDate b = LocalDate.of(0, 1, 1).plusDays(d2);
    assertThat(Integer.signum(KeyCodec.date("d", a).compareTo(KeyCodec.date("d", b))))
        .isEqualTo(Integer.signum(a.compareTo(b)));
  }

  @Test
  void instantsHaveFixedWidth() {
    assertThat(KeyCodec.instant("t", Instant.parse("2024-01-02T03:04:05Z")))
        .isEqualTo("2024-01-02T03:04:05.000000000Z");
    assertThat(KeyCodec.dateTime("t", LocalDateTime.parse("2024-01-02T03:04:05.5")))
        .isEqualTo("2024-01-02T03:04:05.500000000");
    assertThatThrownBy(() -> KeyCodec.date("d", LocalDate.of(10000, 1, 1)))
        .isInstanceOf(KeyEncodingException.class)
        .hasMessageContaining("year 10000");
  }

  @Test
  void separatorInAStringCannotForgeASegment() {
    assertThat(KeyCodec.string("id", "a#b")).isEqualTo("a%23b");
    assertThat(KeyCodec.string("id", "a%23b")).isEqualTo("a%2523b");
    assertThat(KeyCodec.string("id", "CaSe")).isEqualTo("CaSe");
    assertThat(KeyCodec.unescape(KeyCodec.string("id", "a%23b#%"))).isEqualTo("a%23b#%");
  }

  @Test
  void stringEscapingIsInjectiveAndSeparatorFree() {
    SeededTries.forAll(TRIES, r -> new StringPair(Draws.anyString(r), Draws.anyString(r)),
        p -> stringEscaping(p.a(), p.b()));
  }

  private static void stringEscaping(String a, String b) {
    String ea = KeyCodec.string("s", a);
    assertThat(ea).doesNotContain("#");
    assertThat(KeyCodec.unescape(ea)).isEqualTo(a);
    if (!a.equals(b)) {
      assertThat(ea).isNotEqualTo(KeyCodec.string("s", b));
    }
  }

  @Test
  void otherTypes() {
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertThat(KeyCodec.uuid("id", id)).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
    assertThat(KeyCodec.enumName("e", Thread.State.NEW)).isEqualTo("NEW");
    assertThat(KeyCodec.decimal("x", new BigDecimal("1.500"))).isEqualTo("1.5");
    assertThat(KeyCodec.decimal("x", new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(KeyCodec.converted("x", AttributeValue.s("a#b"))).isEqualTo("a%23b");
    assertThat(KeyCodec.converted("x", AttributeValue.n(12))).isEqualTo("12");
    assertThatThrownBy(() -> KeyCodec.converted("x", AttributeValue.bool(true)))
        .isInstanceOf(KeyEncodingException.class)
        .hasMessage("Key field 'x': its converter produced BOOL; a key segment needs a string (S) or a number (N).");
    assertThatThrownBy(() -> KeyCodec.string("userId", null))
        .isInstanceOf(KeyEncodingException.class)
        .hasMessage("Key field 'userId' is null; every field of a key template needs a value.");
  }
}
