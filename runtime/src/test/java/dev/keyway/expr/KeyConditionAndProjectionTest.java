package dev.keyway.expr;

import static dev.keyway.expr.Fields.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyConditionAndProjectionTest {
  private static final NumberPath<Long> TS = Paths.number("ts", Long.class);

  private static String text(KeyCondition k) {
    return new ExpressionRenderer().render(k).expression();
  }

  @Test
  void partitionKeyOnly() {
    RenderedExpression r = new ExpressionRenderer().render(KeyCondition.partitionKey(PK, "U#1"));
    assertThat(r.expression()).isEqualTo("#n0 = :v0");
    assertThat(r.names()).containsExactly(Map.entry("#n0", "PK"));
    assertThat(r.values()).containsExactly(Map.entry(":v0", s("U#1")));
  }

  @Test
  void everySortKeyOperator() {
    KeyCondition.PartitionOnly pk = KeyCondition.partitionKey(PK, "U#1");
    assertThat(text(pk.and(SortKeyCondition.eq(SK, "A")))).isEqualTo("#n0 = :v0 AND #n1 = :v1");
    assertThat(text(pk.and(SortKeyCondition.lt(SK, "A")))).isEqualTo("#n0 = :v0 AND #n1 < :v1");
    assertThat(text(pk.and(SortKeyCondition.le(TS, 5)))).isEqualTo("#n0 = :v0 AND #n1 <= :v1");
    assertThat(text(pk.and(SortKeyCondition.gt(TS, 5)))).isEqualTo("#n0 = :v0 AND #n1 > :v1");
    assertThat(text(pk.and(SortKeyCondition.ge(DATA, new byte[] {1}))))
        .isEqualTo("#n0 = :v0 AND #n1 >= :v1");
    assertThat(text(pk.and(SortKeyCondition.between(SK, "A", "M"))))
        .isEqualTo("#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2");
    assertThat(text(pk.and(SortKeyCondition.beginsWith(SK, "ORDER#"))))
        .isEqualTo("#n0 = :v0 AND begins_with(#n1, :v1)");
    assertThat(pk.and(SortKeyCondition.eq(SK, "A")).sortKey()).isPresent();
    assertThat(pk.sortKey()).isEmpty();
  }

  @Test
  void reservedKeyNamesAreEscapedAndValuesShared() {
    StringPath name = Paths.string("name");
    StringPath data = Paths.string("data");
    RenderedExpression r = new ExpressionRenderer()
        .render(KeyCondition.partitionKey(name, "x").and(SortKeyCondition.eq(data, "x")));
    assertThat(r.expression()).isEqualTo("#n0 = :v0 AND #n1 = :v0");
    assertThat(r.names()).containsExactly(Map.entry("#n0", "name"), Map.entry("#n1", "data"));
  }

  @Test
  void sortKeyMustDifferFromPartitionKey() {
    assertThatThrownBy(
            () -> KeyCondition.partitionKey(PK, "a").and(SortKeyCondition.eq(PK, "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The sort key condition names the partition key PK");
  }

  @Test
  void keyConditionsAreValues() {
    assertThat(KeyCondition.partitionKey(PK, "a").and(SortKeyCondition.gt(TS, 1)))
        .isEqualTo(KeyCondition.partitionKey(PK, "a").and(SortKeyCondition.gt(TS, 1L)));
  }

  @Test
  void projection() {
    RenderedExpression r = new ExpressionRenderer()
        .render(Projection.of(NAME, STATUS, LINES.at(0), ADDRESS.string("city")).and(NAME));
    assertThat(r.expression()).isEqualTo("#n0, #n1, #n2[0], #n3.#n4, #n0");
    assertThat(r.names().values()).containsExactly("name", "status", "lines", "address", "city");
    assertThat(r.values()).isEmpty();
    assertThatThrownBy(() -> Projection.of()).hasMessage("A projection needs at least one path");
  }
}
