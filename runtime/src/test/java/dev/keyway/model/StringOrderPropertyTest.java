package dev.keyway.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** String order and length properties over valid Unicode text, including supplementary characters. */
class StringOrderPropertyTest {

  @Provide
  Arbitrary<String> unicodeStrings() {
    Arbitrary<Integer> codePoint = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 0x7F),
        Arbitraries.integers().between(0x80, 0xD7FF),
        Arbitraries.integers().between(0xE000, 0xFFFF),
        Arbitraries.integers().between(0x10000, 0x10FFFF));
    return codePoint.list().ofMaxSize(6).map(cps -> {
      StringBuilder sb = new StringBuilder();
      cps.forEach(sb::appendCodePoint);
      return sb.toString();
    });
  }

  @Property
  void codePointOrderEqualsUtf8ByteOrder(
      @ForAll("unicodeStrings") String a, @ForAll("unicodeStrings") String b) {
    byte[] ua = a.getBytes(StandardCharsets.UTF_8);
    byte[] ub = b.getBytes(StandardCharsets.UTF_8);
    assertThat(Integer.signum(Strings.compareCodePoints(a, b)))
        .isEqualTo(Integer.signum(Arrays.compareUnsigned(ua, ub)));
    assertThat(Strings.utf8Length(a)).isEqualTo(ua.length);
  }

  @Property
  void stringOrderSortsLikeBytes(@ForAll("unicodeStrings") String a) {
    List<String> values = List.of(a, a + "\uFFFF", a + new String(Character.toChars(0x10000)));
    assertThat(values.stream().sorted(Strings::compareCodePoints).toList()).isEqualTo(values);
  }
}
