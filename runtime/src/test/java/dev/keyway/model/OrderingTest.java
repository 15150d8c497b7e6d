package dev.keyway.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderingTest {

  @Test
  void binaryComparesUnsignedBytes() {
    AttributeValue.B ff = AttributeValue.b(new byte[] {(byte) 0xFF});
    AttributeValue.B one = AttributeValue.b(new byte[] {0x01});
    assertThat(ff.compareTo(one)).isPositive();
    assertThat(one.compareTo(ff)).isNegative();
    assertThat(AttributeValue.b(new byte[] {(byte) 0x80}).compareTo(AttributeValue.b(new byte[] {0x7F})))
        .isPositive();
    // A prefix sorts first.
    assertThat(AttributeValue.b(new byte[] {1}).compareTo(AttributeValue.b(new byte[] {1, 0})))
        .isNegative();
    assertThat(AttributeValue.b(new byte[0]).compareTo(AttributeValue.b(new byte[] {0}))).isNegative();
    assertThat(AttributeValue.b(new byte[] {1, 2})).isEqualTo(AttributeValue.b(new byte[] {1, 2}));
  }

  @Test
  void bytesHelpers() {
    Bytes b = Bytes.copyOf(new byte[] {1, 2, 3});
    assertThat(b.startsWith(Bytes.copyOf(new byte[] {1, 2}))).isTrue();
    assertThat(b.startsWith(Bytes.copyOf(new byte[] {2}))).isFalse();
    assertThat(b.contains(Bytes.copyOf(new byte[] {2, 3}))).isTrue();
    assertThat(b.contains(Bytes.copyOf(new byte[] {3, 4}))).isFalse();
    assertThat(Bytes.fromBase64(b.toBase64())).isEqualTo(b);
    byte[] source = {9};
    Bytes copy = Bytes.copyOf(source);
    source[0] = 0;
    assertThat(copy.byteAt(0)).isEqualTo((byte) 9);
  }

  @Test
  void stringsCompareByCodePointNotUtf16() {
    String bmpMax = "\uFFFF";
    String grinning = new String(Character.toChars(0x1F600));
    // Java's UTF-16 order puts the surrogate pair (0xD83D...) before U+FFFF; DynamoDB does not.
    assertThat(bmpMax.compareTo(grinning)).isPositive();
    assertThat(Strings.compareCodePoints(bmpMax, grinning)).isNegative();
    assertThat(AttributeValue.s(bmpMax).compareTo(AttributeValue.s(grinning))).isNegative();
    assertThat(AttributeValue.s("\uE000").compareTo(AttributeValue.s(grinning))).isNegative();
    assertThat(Strings.compareCodePoints("a", "ab")).isNegative();
    assertThat(Strings.compareCodePoints("B", "a")).isNegative();
    assertThat(Strings.compareCodePoints(grinning + "a", grinning + "b")).isNegative();
    assertThat(Strings.compareCodePoints(grinning, grinning)).isZero();
  }

  @Test
  void utf8Lengths() {
    assertThat(Strings.utf8Length("")).isZero();
    assertThat(Strings.utf8Length("abc")).isEqualTo(3);
    assertThat(Strings.utf8Length("é")).isEqualTo(2);
    assertThat(Strings.utf8Length("€")).isEqualTo(3);
    assertThat(Strings.utf8Length(new String(Character.toChars(0x1F600)))).isEqualTo(4);
  }
}
