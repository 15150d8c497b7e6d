package dev.keyway.engine.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Top-level attribute names and partition-key equalities read from expressions. */
class ExpressionNamesTest {
  private static final Map<String, String> NAMES = Map.of("#n", "name", "#pk", "PK", "#s", "size");

  static Stream<Arguments> expressions() {
    return Stream.of(
        Arguments.of("PK, SK, name", List.of("PK", "SK", "name")),
        Arguments.of("a.b.c, #n[2].d, e[0]", List.of("a", "name", "e")),
        Arguments.of("attribute_exists(PK) AND NOT begins_with(#n, :p) OR size(tags) > :z", List.of("PK", "name", "tags")),
        Arguments.of("SET a = if_not_exists(a, :zero) + :one, b = list_append(b, :l) REMOVE c.d ADD e :x DELETE f :y",
            List.of("a", "b", "c", "e", "f")),
        Arguments.of("#pk = :v AND SK BETWEEN :lo AND :hi", List.of("PK", "SK")),
        Arguments.of("x IN (:a, :b) AND y <> :c AND #s >= :d", List.of("x", "y", "size")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("expressions")
  void topLevelNames(String expression, List<String> expected) {
    assertThat(ExpressionNames.topLevelNames(expression, NAMES)).containsExactlyElementsOf(expected);
  }

  @Test
  void equalitiesFindThePartitionKeyValueOnEitherSide() {
    Map<String, AttributeValue> values =
        Map.of(":v", AttributeValue.s("alice"), ":w", AttributeValue.s("bob"), ":lo", AttributeValue.s("0"));
    assertThat(ExpressionNames.equalities("#pk = :v AND SK >= :lo", "PK", NAMES, values)).containsExactly(AttributeValue.s("alice"));
    assertThat(ExpressionNames.equalities("(:w = PK) AND begins_with(SK, :lo)", "PK", NAMES, values)).containsExactly(AttributeValue.s("bob"));
    assertThat(ExpressionNames.equalities("SK <= :v AND PK = :w", "PK", NAMES, values)).containsExactly(AttributeValue.s("bob"));
    assertThat(ExpressionNames.equalities("SK = :v", "PK", NAMES, values)).isEmpty();
  }
}
