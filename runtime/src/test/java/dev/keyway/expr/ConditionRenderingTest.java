package dev.keyway.expr;

import static dev.keyway.expr.Fields.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionRenderingTest {

  private static RenderedExpression render(Condition c) {
    return new ExpressionRenderer().render(c);
  }

  private static String text(Condition c) {
    return render(c).expression();
  }

  @Test
  void comparisonsWithValues() {
    assertThat(text(NAME.eq("a"))).isEqualTo("#n0 = :v0");
    assertThat(text(NAME.ne("a"))).isEqualTo("#n0 <> :v0");
    assertThat(text(TOTAL.lt(1))).isEqualTo("#n0 < :v0");
    assertThat(text(TOTAL.le(1))).isEqualTo("#n0 <= :v0");
    assertThat(text(TOTAL.gt(1))).isEqualTo("#n0 > :v0");
    assertThat(text(TOTAL.ge(1))).isEqualTo("#n0 >= :v0");
    RenderedExpression r = render(TOTAL.gt(10));
    assertThat(r.names()).containsExactly(Map.entry("#n0", "total"));
    assertThat(r.values()).containsExactly(Map.entry(":v0", n("10")));
  }

  @Test
  void comparisonsWithPaths() {
    RenderedExpression r = render(TOTAL.gt(STOCK));
    assertThat(r.expression()).isEqualTo("#n0 > #n1");
    assertThat(r.names()).containsExactly(Map.entry("#n0", "total"), Map.entry("#n1", "stock"));
    assertThat(r.values()).isEmpty();
    assertThat(text(NAME.eq(SK))).isEqualTo("#n0 = #n1");
    assertThat(text(NAME.ne(SK))).isEqualTo("#n0 <> #n1");
    assertThat(text(NAME.lt(SK))).isEqualTo("#n0 < #n1");
    assertThat(text(NAME.le(SK))).isEqualTo("#n0 <= #n1");
    assertThat(text(NAME.ge(SK))).isEqualTo("#n0 >= #n1");
    assertThat(text(TOTAL.between(STOCK, SIZE))).isEqualTo("#n0 BETWEEN #n1 AND #n2");
  }

  @Test
  void betweenAndIn() {
    RenderedExpression r = render(TOTAL.between(1, 5));
    assertThat(r.expression()).isEqualTo("#n0 BETWEEN :v0 AND :v1");
    assertThat(r.values()).containsExactly(Map.entry(":v0", n("1")), Map.entry(":v1", n("5")));
    RenderedExpression in = render(STATUS.in(Status.PENDING, Status.PAID));
    assertThat(in.expression()).isEqualTo("#n0 IN (:v0, :v1)");
    assertThat(in.values()).containsExactly(
        Map.entry(":v0", s("PENDING")), Map.entry(":v1", s("PAID")));
    assertThat(text(NAME.in(List.of("a", "b", "c")))).isEqualTo("#n0 IN (:v0, :v1, :v2)");
  }

  @Test
  void inTakesOneToAHundredCandidates() {
    assertThatThrownBy(() -> NAME.in(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("IN takes 1 to 100 candidates, got 0");
    List<Integer> many = java.util.stream.IntStream.range(0, 101).boxed().toList();
    assertThatThrownBy(() -> TOTAL.in(many)).hasMessage("IN takes 1 to 100 candidates, got 101");
    assertThat(TOTAL.in(many.subList(0, 100))).isInstanceOf(Condition.In.class);
  }

  @Test
  void functions() {
    assertThat(text(NAME.exists())).isEqualTo("attribute_exists(#n0)");
    assertThat(text(NAME.notExists())).isEqualTo("attribute_not_exists(#n0)");
    RenderedExpression type = render(NAME.isType(AttributeValue.Type.SS));
    assertThat(type.expression()).isEqualTo("attribute_type(#n0, :v0)");
    assertThat(type.values()).containsExactly(Map.entry(":v0", s("SS")));
    assertThat(text(SK.beginsWith("ORDER#"))).isEqualTo("begins_with(#n0, :v0)");
    assertThat(text(DATA.beginsWith(new byte[] {1}))).isEqualTo("begins_with(#n0, :v0)");
    assertThat(text(NAME.contains("x"))).isEqualTo("contains(#n0, :v0)");
    RenderedExpression tag = render(TAGS.contains("red"));
    assertThat(tag.expression()).isEqualTo("contains(#n0, :v0)");
    assertThat(tag.values()).containsExactly(Map.entry(":v0", s("red")));
    assertThat(render(SCORES.contains(7)).values()).containsValue(n("7"));
    assertThat(text(LINES.contains("l1"))).isEqualTo("contains(#n0, :v0)");
  }

  @Test
  void sizeIsANumberOperand() {
    assertThat(text(NAME.size().gt(3))).isEqualTo("size(#n0) > :v0");
    assertThat(text(TAGS.size().eq(0))).isEqualTo("size(#n0) = :v0");
    assertThat(text(LINES.size().ne(1))).isEqualTo("size(#n0) <> :v0");
    assertThat(text(ADDRESS.size().le(2))).isEqualTo("size(#n0) <= :v0");
    assertThat(text(DATA.size().lt(2))).isEqualTo("size(#n0) < :v0");
    assertThat(text(BLOBS.size().ge(1))).isEqualTo("size(#n0) >= :v0");
    assertThat(text(NAME.size().between(1, 9))).isEqualTo("size(#n0) BETWEEN :v0 AND :v1");
    assertThat(text(TOTAL.lt(LINES.size()))).isEqualTo("#n0 < size(#n1)");
    assertThat(text(NAME.size().compare(ComparisonOperator.GT, STOCK)))
        .isEqualTo("size(#n0) > #n1");
  }

  @Test
  void logicalOperatorsFlattenAndParenthesise() {
    Condition a = NAME.eq("a");
    Condition b = TOTAL.gt(1);
    Condition c = ACTIVE.eq(true);
    assertThat(text(a.and(b).and(c))).isEqualTo("#n0 = :v0 AND #n1 > :v1 AND #n2 = :v2");
    assertThat(text(a.or(b).or(c))).isEqualTo("#n0 = :v0 OR #n1 > :v1 OR #n2 = :v2");
    assertThat(text(a.or(b).and(c))).isEqualTo("(#n0 = :v0 OR #n1 > :v1) AND #n2 = :v2");
    assertThat(text(a.and(b).or(c))).isEqualTo("(#n0 = :v0 AND #n1 > :v1) OR #n2 = :v2");
    assertThat(text(a.not())).isEqualTo("NOT (#n0 = :v0)");
    assertThat(text(NAME.exists().not())).isEqualTo("NOT attribute_exists(#n0)");
    assertThat(text(a.and(b).not())).isEqualTo("NOT (#n0 = :v0 AND #n1 > :v1)");
    assertThat(text(a.and(c.not()))).isEqualTo("#n0 = :v0 AND (NOT (#n1 = :v1))");
    assertThat(Condition.allOf(a)).isSameAs(a);
  }

  @Test
  void reservedWordsAreAlwaysEscaped() {
    Condition c = STATUS.eq(Status.PAID)
        .and(NAME.beginsWith("A"))
        .and(SIZE.gt(2))
        .and(DATA.exists());
    RenderedExpression r = render(c);
    assertThat(r.expression())
        .isEqualTo("#n0 = :v0 AND begins_with(#n1, :v1) AND #n2 > :v2 AND attribute_exists(#n3)");
    assertThat(r.names()).containsExactly(
        Map.entry("#n0", "status"), Map.entry("#n1", "name"),
        Map.entry("#n2", "size"), Map.entry("#n3", "data"));
    assertThat(r.expression()).doesNotContain("status", "name", "data");
  }

  @Test
  void nestedPathsAndListIndexesEscapeEachNameSegment() {
    Path p = Paths.parse("a.b[2].c");
    RenderedExpression r = render(p.eq("x"));
    assertThat(r.expression()).isEqualTo("#n0.#n1[2].#n2 = :v0");
    assertThat(r.names()).containsExactly(
        Map.entry("#n0", "a"), Map.entry("#n1", "b"), Map.entry("#n2", "c"));
    assertThat(text(Paths.parse("m[0][1]").exists())).isEqualTo("attribute_exists(#n0[0][1])");
    assertThat(text(ADDRESS.string("city").eq("Oslo"))).isEqualTo("#n0.#n1 = :v0");
    assertThat(text(LINES.at(3).exists())).isEqualTo("attribute_exists(#n0[3])");
    assertThat(text(VERSION.eq(1))).isEqualTo("#n0.#n1 = :v0");
    RenderedExpression dotted = render(Paths.string("a.b").eq("x"));
    assertThat(dotted.expression()).isEqualTo("#n0 = :v0");
    assertThat(dotted.names()).containsExactly(Map.entry("#n0", "a.b"));
  }

  @Test
  void repeatedNamesReuseTheirPlaceholderAndEqualValuesShareOne() {
    Path a = Paths.parse("status.status[1].x");
    RenderedExpression r = render(a.eq("v").or(Paths.path("x").eq("v")));
    assertThat(r.expression()).isEqualTo("#n0.#n0[1].#n1 = :v0 OR #n1 = :v0");
    assertThat(r.names()).containsExactly(Map.entry("#n0", "status"), Map.entry("#n1", "x"));
    assertThat(r.values()).containsExactly(Map.entry(":v0", s("v")));
  }

  @Test
  void untypedPathsConvertByRuntimeType() {
    RenderedExpression r =
        render(Paths.path("x").eq(Set.of("a")).and(Paths.path("y").contains(5)));
    assertThat(r.values()).containsExactly(
        Map.entry(":v0", AttributeValue.stringSet("a")), Map.entry(":v1", n("5")));
    assertThat(text(Paths.path("x").beginsWith("p"))).isEqualTo("begins_with(#n0, :v0)");
    assertThat(text(Paths.path("x").size().gt(1))).isEqualTo("size(#n0) > :v0");
    assertThat(text(Paths.path("x").eq(Paths.path("y")))).isEqualTo("#n0 = #n1");
  }

  @Test
  void conditionsAreValuesWithStructuralEquality() {
    Condition one = NAME.eq("a").and(TOTAL.between(1, 2));
    Condition two = Paths.string("name").eq("a").and(TOTAL.between(1, 2));
    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).isNotEqualTo(NAME.eq("b").and(TOTAL.between(1, 2)));
    assertThat(Paths.number("total", Long.class)).isEqualTo(TOTAL);
    assertThat(TOTAL.eq(1)).isEqualTo(TOTAL.eq(1.0));
    assertThat(NAME).isNotEqualTo(Paths.path("name"));
  }
}
