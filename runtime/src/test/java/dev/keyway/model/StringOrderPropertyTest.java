package dev.keyway.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.testing.SeededTries;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** String order and length properties over valid Unicode text, including supplementary characters. */
class StringOrderPropertyTest {
  private static final int TRIES = 1000;

  /** The four ranges of valid code points, surrogates left out: ASCII, BMP below and above them, supplementary. */
  private static final int[][] RANGES = {{0, 0x7F}, {0x80, 0xD7FF}, {0xE000, 0xFFFF}, {0x10000, 0x10FFFF}};

  record StringPair(String a, String b) {}

  /** Up to six code points, each from a range chosen with equal weight. */
  static String unicodeString(Random random) {
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(7);
    for (int i = 0; i < length; i++) {
      int[] range = RANGES[random.nextInt(RANGES.length)];
      sb.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
    }
    return sb.toString();
  }

  @Test
  void codePointOrderEqualsUtf8ByteOrder() {
    SeededTries.forAll(TRIES, r -> new StringPair(unicodeString(r), unicodeString(r)), p -> {
      byte[] ua = p.a().getBytes(StandardCharsets.UTF_8);
      byte[] ub = p.b().getBytes(StandardCharsets.UTF_8);
      assertThat(Integer.signum(Strings.compareCodePoints(p.a(), p.b())))
          .isEqualTo(Integer.signum(Arrays.compareUnsigned(ua, ub)));
      assertThat(Strings.utf8Length(p.a())).isEqualTo(ua.length);
    });
  }

  @Test
  void stringOrderSortsLikeBytes() {
    SeededTries.forAll(TRIES, StringOrderPropertyTest::unicodeString, a -> {
      List<String> values = List.of(a, a + "\uFFFF", a + new String(Character.toChars(0x10000)));
      assertThat(values.stream().sorted(Strings::compareCodePoints).toList()).isEqualTo(values);
    });
  }
}
