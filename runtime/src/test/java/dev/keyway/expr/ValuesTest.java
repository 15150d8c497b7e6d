package dev.keyway.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.model.AttributeValue;
import dev.keyway.model.Bytes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValuesTest {
  enum Colour {
    RED
  }

  @Test
  void scalars() {
    assertThat(Values.of("x")).isEqualTo(AttributeValue.s("x"));
    assertThat(Values.of(1)).isEqualTo(AttributeValue.n("1"));
    assertThat(Values.of(7L)).isEqualTo(AttributeValue.n("7"));
    assertThat(Values.of((short) 3)).isEqualTo(AttributeValue.n("3"));
    assertThat(Values.of(new BigDecimal("1.50"))).isEqualTo(AttributeValue.n("1.5"));
    assertThat(Values.of(new BigInteger("123456789012345678901234567890")))
        .isEqualTo(AttributeValue.n("123456789012345678901234567890"));
    assertThat(Values.of(0.1d)).isEqualTo(AttributeValue.n("0.1"));
    assertThat(Values.of(0.1f)).isEqualTo(AttributeValue.n("0.1"));
    assertThat(Values.of(true)).isEqualTo(AttributeValue.bool(true));
    assertThat(Values.of(null)).isEqualTo(AttributeValue.nul());
    assertThat(Values.of(new byte[] {1, 2})).isEqualTo(AttributeValue.b(new byte[] {1, 2}));
    assertThat(Values.of(Bytes.copyOf(new byte[] {1}))).isEqualTo(AttributeValue.b(new byte[] {1}));
    assertThat(Values.of('c')).isEqualTo(AttributeValue.s("c"));
    assertThat(Values.of(Colour.RED)).isEqualTo(AttributeValue.s("RED"));
    AttributeValue raw = AttributeValue.n("5");
    assertThat(Values.of(raw)).isSameAs(raw);
  }

  @Test
  void numbersAreCheckedAgainstDynamoLimits() {
    assertThatThrownBy(() -> Values.of(Double.NaN)).hasMessage("DynamoDB numbers must be finite: NaN");
    assertThatThrownBy(() -> Values.of(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Values.of(new BigDecimal("1E+126")))
        .hasMessageStartingWith("Number overflow.");
  }

  @Test
  void setsFollowTheirElements() {
    assertThat(Values.of(Set.of("a"))).isEqualTo(AttributeValue.stringSet("a"));
    assertThat(Values.of(new LinkedHashSet<>(List.of(1, 2))))
        .isEqualTo(AttributeValue.numberSetOf("2", "1"));
    assertThat(Values.of(Set.of(new byte[] {1}))).isInstanceOf(AttributeValue.BS.class);
    assertThat(Values.of(Set.of(Bytes.copyOf(new byte[] {1})))).isInstanceOf(AttributeValue.BS.class);
    assertThatThrownBy(() -> Values.of(Set.of()))
        .hasMessage("An empty Set cannot be converted: DynamoDB sets may not be empty");
    assertThatThrownBy(() -> Values.of(new LinkedHashSet<Object>(List.of("a", 1))))
        .hasMessageStartingWith("A set mixes element types");
    assertThatThrownBy(() -> Values.numberSet(List.of(1, new BigDecimal("1.0"))))
        .hasMessageContaining("contains duplicates");
  }

  @Test
  void listsAndMapsRecurse() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("n", 1);
    map.put("l", List.of("x", true));
    map.put("z", null);
    AttributeValue converted = Values.of(map);
    Map<String, AttributeValue> expected = new LinkedHashMap<>();
    expected.put("n", AttributeValue.n(1));
    expected.put("l", AttributeValue.list(AttributeValue.s("x"), AttributeValue.bool(true)));
    expected.put("z", AttributeValue.nul());
    assertThat(converted).isEqualTo(AttributeValue.map(expected));
    assertThatThrownBy(() -> Values.of(Map.of(1, "x"))).hasMessage("Map keys must be strings: 1");
  }

  @Test
  void unsupportedTypesFail() {
    assertThatThrownBy(() -> Values.of(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot convert a java.lang.Object to a DynamoDB value");
  }

  @Test
  void typedPathsConvertWithTheirOwnRules() {
    assertThat(Paths.stringSet("t").toAttributeValue(List.of("a"))).isInstanceOf(AttributeValue.SS.class);
    assertThat(Paths.numberSet("t", Long.class).toAttributeValue(List.of(1L)))
        .isInstanceOf(AttributeValue.NS.class);
    ConvertedPath<Colour> lower = Paths.converted("c", (Colour c) -> AttributeValue.s("red"));
    assertThat(lower.toAttributeValue(Colour.RED)).isEqualTo(AttributeValue.s("red"));
    ListPath<Colour> colours = Paths.list("cs", (Colour c) -> AttributeValue.n(c.ordinal()));
    assertThat(colours.toAttributeValue(List.of(Colour.RED)))
        .isEqualTo(AttributeValue.list(AttributeValue.n(0)));
    assertThatThrownBy(() -> Paths.string("s").eq((String) null)).isInstanceOf(NullPointerException.class);
  }
}
