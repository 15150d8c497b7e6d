package dev.keyway.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.error.ValidationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetRulesTest {
  private static Bytes bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return Bytes.wrap(b);
  }

  @Test
  void emptySetsAreRejectedWithDynamoDbsWording() {
    assertThatThrownBy(() -> AttributeValue.stringSet(List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessage("One or more parameter values were invalid: An string set  may not be empty");
    assertThatThrownBy(() -> AttributeValue.numberSet(List.of()))
        .hasMessage("One or more parameter values were invalid: An number set  may not be empty");
    assertThatThrownBy(() -> AttributeValue.binarySet(List.of()))
        .hasMessage("One or more parameter values were invalid: Binary sets should not be empty");
    assertThatThrownBy(() -> new AttributeValue.SS(Set.of()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void duplicatesAreRejectedWithEachSetTypesWording() {
    assertThatThrownBy(() -> AttributeValue.stringSet("a", "b", "a"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("One or more parameter values were invalid: Input collection [a, b, a] "
            + "contains duplicates.");
    assertThatThrownBy(() -> AttributeValue.binarySet(List.of(bytes(98), bytes(98))))
        .isInstanceOf(ValidationException.class)
        .hasMessage("One or more parameter values were invalid: Input collection [Yg==, Yg==]"
            + "of type BS contains duplicates.");
    assertThatThrownBy(() -> AttributeValue.numberSetOf("1", "1"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Input collection contains duplicates");
  }

  @Test
  void numberSetsCompareByValue() {
    assertThatThrownBy(() -> AttributeValue.numberSetOf("1", "1.0"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Input collection contains duplicates");
    assertThatThrownBy(() -> AttributeValue.numberSetOf("100", "1E2"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> AttributeValue.numberSetOf("0", "-0"))
        .isInstanceOf(ValidationException.class);
    assertThat(AttributeValue.numberSetOf("1", "10").values()).hasSize(2);
  }

  @Test
  void setEqualityIgnoresOrder() {
    assertThat(AttributeValue.stringSet("a", "b")).isEqualTo(AttributeValue.stringSet("b", "a"))
        .hasSameHashCodeAs(AttributeValue.stringSet("b", "a"));
    assertThat(AttributeValue.numberSetOf("1", "2.50")).isEqualTo(AttributeValue.numberSetOf("2.5", "1.0"))
        .hasSameHashCodeAs(AttributeValue.numberSetOf("2.5", "1.0"));
    assertThat(AttributeValue.binarySet(List.of(bytes(1), bytes(2))))
        .isEqualTo(AttributeValue.binarySet(List.of(bytes(2), bytes(1))));
    assertThat(AttributeValue.stringSet("a")).isNotEqualTo(AttributeValue.stringSet("a", "b"));
    // A list keeps its order.
    assertThat(AttributeValue.list(AttributeValue.s("a"), AttributeValue.s("b")))
        .isNotEqualTo(AttributeValue.list(AttributeValue.s("b"), AttributeValue.s("a")));
  }

  @Test
  void setsAreImmutableCopies() {
    Set<String> source = new LinkedHashSet<>(List.of("a"));
    AttributeValue.SS ss = new AttributeValue.SS(source);
    source.add("b");
    assertThat(ss.values()).containsExactly("a");
    assertThatThrownBy(() -> ss.values().add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(ss.type().isSet()).isTrue();
  }

  @Test
  void numberValuesCompareByValue() {
    assertThat(AttributeValue.n("1")).isEqualTo(AttributeValue.n("1.0"));
    assertThat(AttributeValue.n("1").text()).isEqualTo("1");
    assertThat(AttributeValue.n("1E2").text()).isEqualTo("100");
  }
}
