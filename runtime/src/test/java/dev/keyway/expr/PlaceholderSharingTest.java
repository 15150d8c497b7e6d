package dev.keyway.expr;

import static dev.keyway.expr.Fields.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceholderSharingTest {

  @Test
  void renderingTheSameExpressionTwiceGivesIdenticalResults() {
    Condition c = STATUS.eq(Status.PENDING).and(TOTAL.between(1, 9)).or(NAME.notExists());
    RenderedExpression first = new ExpressionRenderer().render(c);
    RenderedExpression second = new ExpressionRenderer().render(c);
    assertThat(second).isEqualTo(first);
    assertThat(second.names()).containsExactlyEntriesOf(first.names());
    assertThat(second.values()).containsExactlyEntriesOf(first.values());
  }

  @Test
  void conditionAndUpdateShareOneNamespace() {
    ExpressionRenderer renderer = new ExpressionRenderer();
    RenderedExpression update =
        renderer.render(Update.of(STATUS.set(Status.PAID), STOCK.add(-1)));
    RenderedExpression condition =
        renderer.render(STATUS.eq(Status.PENDING).and(STOCK.gt(0)));
    assertThat(update.expression()).isEqualTo("SET #n0 = :v0 ADD #n1 :v1");
    assertThat(condition.expression()).isEqualTo("#n0 = :v2 AND #n1 > :v3");
    assertThat(condition.names()).containsExactly(
        Map.entry("#n0", "status"), Map.entry("#n1", "stock"));
    assertThat(renderer.names()).hasSize(2);
    assertThat(renderer.values()).containsOnlyKeys(":v0", ":v1", ":v2", ":v3");
    assertThat(renderer.values().get(":v3")).isEqualTo(n("0"));
  }

  @Test
  void expressionSetRendersInAFixedOrder() {
    ExpressionSet a = ExpressionSet.builder()
        .projection(Projection.of(NAME, TOTAL))
        .filter(TOTAL.gt(100))
        .keyCondition(KeyCondition.partitionKey(PK, "U#1")
            .and(SortKeyCondition.beginsWith(SK, "ORDER#")))
        .build();
    ExpressionSet b = ExpressionSet.builder()
        .keyCondition(KeyCondition.partitionKey(PK, "U#1")
            .and(SortKeyCondition.beginsWith(SK, "ORDER#")))
        .filter(TOTAL.gt(100))
        .projection(Projection.of(NAME, TOTAL))
        .build();
    assertThat(a).isEqualTo(b);
    assertThat(a.keyConditionExpression()).contains("#n0 = :v0 AND begins_with(#n1, :v1)");
    assertThat(a.filterExpression()).contains("#n2 > :v2");
    assertThat(a.projectionExpression()).contains("#n3, #n2");
    assertThat(a.conditionExpression()).isEmpty();
    assertThat(a.updateExpression()).isEmpty();
    assertThat(a.names()).containsExactly(
        Map.entry("#n0", "PK"), Map.entry("#n1", "SK"),
        Map.entry("#n2", "total"), Map.entry("#n3", "name"));
    assertThat(a.values()).containsExactly(
        Map.entry(":v0", s("U#1")), Map.entry(":v1", s("ORDER#")), Map.entry(":v2", n("100")));
  }

  @Test
  void updateWithConditionExample() {
    ExpressionSet set = ExpressionSet.builder()
        .condition(STATUS.eq(Status.PENDING).and(STOCK.gt(0)))
        .update(Update.of(STATUS.set(Status.PAID), STOCK.add(-1), NAME.remove()))
        .build();
    assertThat(set.updateExpression()).contains("SET #n0 = :v0 REMOVE #n1 ADD #n2 :v1");
    assertThat(set.conditionExpression()).contains("#n0 = :v2 AND #n2 > :v3");
    assertThat(set.names()).containsExactly(
        Map.entry("#n0", "status"), Map.entry("#n1", "name"), Map.entry("#n2", "stock"));
    assertThat(set.values()).containsExactly(
        Map.entry(":v0", s("PAID")), Map.entry(":v1", n("-1")),
        Map.entry(":v2", s("PENDING")), Map.entry(":v3", n("0")));
  }

  @Test
  void emptySetHasNoPlaceholders() {
    ExpressionSet none = ExpressionSet.builder().build();
    assertThat(none.names()).isEmpty();
    assertThat(none.values()).isEmpty();
    assertThat(none.filterExpression()).isEqualTo(Optional.empty());
  }
}
