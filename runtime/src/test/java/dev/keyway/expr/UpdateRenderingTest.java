package dev.keyway.expr;

import static dev.keyway.expr.Fields.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpdateRenderingTest {

  private static RenderedExpression render(Update u) {
    return new ExpressionRenderer().render(u);
  }

  private static String text(UpdateAction... actions) {
    return render(Update.of(actions)).expression();
  }

  @Test
  void setForms() {
    RenderedExpression r = render(Update.of(STATUS.set(Status.PAID)));
    assertThat(r.expression()).isEqualTo("SET #n0 = :v0");
    assertThat(r.values()).containsExactly(Map.entry(":v0", s("PAID")));
    assertThat(text(NAME.set(SK))).isEqualTo("SET #n0 = #n1");
    assertThat(text(STOCK.set(STOCK.plus(1)))).isEqualTo("SET #n0 = #n0 + :v0");
    assertThat(text(STOCK.set(STOCK.minus(2)))).isEqualTo("SET #n0 = #n0 - :v0");
    assertThat(text(TOTAL.set(STOCK.plus(SIZE)))).isEqualTo("SET #n0 = #n1 + #n2");
    assertThat(text(TOTAL.set(STOCK.minus(SIZE)))).isEqualTo("SET #n0 = #n1 - #n2");
    assertThat(text(NAME.set(NAME.ifNotExists("anon"))))
        .isEqualTo("SET #n0 = if_not_exists(#n0, :v0)");
    RenderedExpression counter = render(Update.of(STOCK.set(STOCK.ifNotExists(0).plus(1))));
    assertThat(counter.expression()).isEqualTo("SET #n0 = if_not_exists(#n0, :v0) + :v1");
    assertThat(counter.values()).containsExactly(
        Map.entry(":v0", n("0")), Map.entry(":v1", n("1")));
    assertThat(text(STOCK.set(STOCK.ifNotExists(9).minus(TOTAL))))
        .isEqualTo("SET #n0 = if_not_exists(#n0, :v0) - #n1");
  }

  @Test
  void listActions() {
    RenderedExpression r = render(Update.of(LINES.listAppend(List.of("a", "b"))));
    assertThat(r.expression()).isEqualTo("SET #n0 = list_append(#n0, :v0)");
    assertThat(r.values()).containsExactly(
        Map.entry(":v0", AttributeValue.list(s("a"), s("b"))));
    assertThat(text(LINES.listPrepend(List.of("z")))).isEqualTo("SET #n0 = list_append(:v0, #n0)");
    RenderedExpression create = render(Update.of(LINES.listAppendOrCreate(List.of("a"))));
    assertThat(create.expression())
        .isEqualTo("SET #n0 = list_append(if_not_exists(#n0, :v0), :v1)");
    assertThat(create.values().get(":v0")).isEqualTo(AttributeValue.list());
    assertThat(text(LINES.setAt(2, "c"))).isEqualTo("SET #n0[2] = :v0");
    assertThat(text(LINES.removeAt(1))).isEqualTo("REMOVE #n0[1]");
  }

  @Test
  void removeAddDelete() {
    assertThat(text(NAME.remove(), Paths.parse("a.b[0]").remove()))
        .isEqualTo("REMOVE #n0, #n1.#n2[0]");
    RenderedExpression add = render(Update.of(STOCK.add(-1), TAGS.add("x", "y")));
    assertThat(add.expression()).isEqualTo("ADD #n0 :v0, #n1 :v1");
    assertThat(add.values()).containsExactly(
        Map.entry(":v0", n("-1")), Map.entry(":v1", AttributeValue.stringSet("x", "y")));
    RenderedExpression del = render(Update.of(SCORES.delete(1, 2), BLOBS.delete(new byte[] {1})));
    assertThat(del.expression()).isEqualTo("DELETE #n0 :v0, #n1 :v1");
    assertThat(del.values().get(":v0")).isEqualTo(AttributeValue.numberSetOf("1", "2"));
    assertThat(del.values().get(":v1")).isInstanceOf(AttributeValue.BS.class);
  }

  @Test
  void clausesRenderInFixedOrderWhateverTheActionOrder() {
    Update u = Update.of(
        TAGS.delete("old"),
        STOCK.add(1),
        NAME.remove(),
        STATUS.set(Status.PAID),
        SIZE.remove(),
        TOTAL.set(TOTAL.plus(5)));
    RenderedExpression r = render(u);
    assertThat(r.expression())
        .isEqualTo("SET #n0 = :v0, #n1 = #n1 + :v1 REMOVE #n2, #n3 ADD #n4 :v2 DELETE #n5 :v3");
    assertThat(r.names().values())
        .containsExactly("status", "total", "name", "size", "stock", "tags");
  }

  @Test
  void fluentUpdateIsImmutable() {
    Update base = Update.empty().set(NAME, "n");
    Update more = base.add(STOCK, -1).remove(DATA).add(TAGS, Set.of("t")).delete(TAGS, Set.of("u"));
    assertThat(base.actions()).hasSize(1);
    assertThat(render(more).expression())
        .isEqualTo("SET #n0 = :v0 REMOVE #n1 ADD #n2 :v1, #n3 :v2 DELETE #n3 :v3");
    assertThat(NAME.set("n").and(STOCK.add(1))).isEqualTo(Update.of(NAME.set("n"), STOCK.add(1)));
    assertThat(base.and(Update.of(STOCK.add(1))).actions()).hasSize(2);
    assertThat(Update.empty().set(STOCK, STOCK.plus(1))).isEqualTo(Update.of(STOCK.set(STOCK.plus(1))));
  }

  @Test
  void emptyUpdateAndSizeInSetAreRejected() {
    assertThatThrownBy(() -> render(Update.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("An update expression needs at least one action");
    assertThatThrownBy(
            () -> new UpdateAction.SetAction(AttributePath.of("a"), new Term.Size(AttributePath.of("b"))))
        .hasMessage("size() is not allowed in an update expression");
  }

  @Test
  void emptyAndDuplicateSetsAreRejectedWhenBuilt() {
    assertThatThrownBy(() -> TAGS.add(List.of()))
        .hasMessage("One or more parameter values were invalid: An string set  may not be empty");
    assertThatThrownBy(() -> SCORES.add(List.of(1, 1)))
        .hasMessageContaining("contains duplicates");
  }
}
