package dev.keyway.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.model.AttributeValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Paths.list checks its element class, enum set paths, AttributeValue.n(double). */
class PathFixesTest {
  enum Color { RED, GREEN }

  @Test
  void listPathUsesItsElementClass() {
    ListPath<Color> colors = Paths.list("colors", Color.class);
    assertThat(colors.toAttributeValue(List.of(Color.RED)))
        .isEqualTo(AttributeValue.list(List.of(AttributeValue.s("RED"))));
    assertThatThrownBy(() -> Paths.list("things", Thread.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Thread");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Test
  void listPathRejectsElementsOfAnotherClass() {
    ListPath raw = Paths.list("names", String.class);
    assertThatThrownBy(() -> raw.toAttributeValue(List.of(42))).isInstanceOf(ClassCastException.class);
  }

  @Test
  void enumSetPathStoresNames() {
    SetPath<Color> colors = Paths.enumSet("colors", Color.class);
    assertThat(colors.toAttributeValue(Set.of(Color.GREEN))).isEqualTo(AttributeValue.stringSet("GREEN"));
    ExpressionSet ex = ExpressionSet.builder().update(Update.of(colors.add(Color.RED))).build();
    assertThat(ex.updateExpression()).contains("ADD #n0 :v0");
    assertThat(ex.values().get(":v0")).isEqualTo(AttributeValue.stringSet("RED"));
    assertThat(ExpressionSet.builder().condition(colors.contains(Color.RED)).build().values().get(":v0"))
        .isEqualTo(AttributeValue.s("RED"));
  }

  @Test
  void numberFromDouble() {
    assertThat(AttributeValue.n(0.1)).isEqualTo(AttributeValue.n(new BigDecimal("0.1")));
    assertThat(AttributeValue.n(-2.5e10)).isEqualTo(AttributeValue.n(new BigDecimal("-25000000000")));
    assertThatThrownBy(() -> AttributeValue.n(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("NaN cannot be stored: DynamoDB numbers are finite");
    assertThatThrownBy(() -> AttributeValue.n(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AttributeValue.n(1e200)).isInstanceOf(dev.keyway.error.ValidationException.class);
  }
}
