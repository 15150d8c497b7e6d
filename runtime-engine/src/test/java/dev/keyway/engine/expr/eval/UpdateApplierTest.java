package dev.keyway.engine.expr.eval;

import static dev.keyway.model.AttributeValue.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UpdateApplierTest {
  static AttributeValue at(Map<String, AttributeValue> item, String path) {
    return Paths.read(item, dev.keyway.engine.expr.resolve.ExpressionResolver.of(null, null)
        .projection(path).paths().get(0));
  }

  @Test
  void setCreatesAndReplaces() {
    var out = Fixtures.update("SET a = :x, n = :one, m.k = :a, m.newkey = :two, l[1] = :a");
    assertThat(out.get("a")).isEqualTo(s("x"));
    assertThat(out.get("n")).isEqualTo(n(1));
    assertThat(at(out, "m.k")).isEqualTo(s("a"));
    assertThat(at(out, "m.newkey")).isEqualTo(n(2));
    assertThat(out.get("l")).isEqualTo(list(s("x"), s("a"), s("y")));
  }

  @Test
  void setBeyondTheEndAppends() {
    assertThat(Fixtures.update("SET l[10] = :a").get("l")).isEqualTo(list(s("x"), n(1), s("y"), s("a")));
  }

  @Test
  void arithmeticAndFunctions() {
    var out = Fixtures.update(
        "SET a = n + :one, c = n - :ten, d = if_not_exists(absent, :two), e = if_not_exists(n, :two),"
            + " f = list_append(l, :lst), g = list_append(:lst, l)");
    assertThat(out.get("a")).isEqualTo(n(11));
    assertThat(out.get("c")).isEqualTo(n(0));
    assertThat(out.get("d")).isEqualTo(n(2));
    assertThat(out.get("e")).isEqualTo(n(10));
    assertThat(out.get("f")).isEqualTo(list(s("x"), n(1), s("y"), s("q")));
    assertThat(out.get("g")).isEqualTo(list(s("q"), s("x"), n(1), s("y")));
  }

  @Test
  void setValuesComeFromTheOriginalItem() {
    var out = Fixtures.update("SET n = s, s = n");
    assertThat(out.get("n")).isEqualTo(s("hello"));
    assertThat(out.get("s")).isEqualTo(n(10));
  }

  @Test
  void removeShiftsListsUsingOriginalIndexes() {
    var out = Fixtures.update("REMOVE l[0], l[2], m.k, absent, m.nope");
    assertThat(out.get("l")).isEqualTo(list(n(1)));
    assertThat(((AttributeValue.M) out.get("m")).values()).containsOnlyKeys("deep");
    assertThat(out).doesNotContainKey("absent");
  }

  @Test
  void addAndDelete() {
    var out = Fixtures.update("ADD n :one, ss :sset, ns :nset, fresh :one, freshset :sset");
    assertThat(out.get("n")).isEqualTo(n(11));
    assertThat(out.get("ss")).isEqualTo(stringSet("a", "b", "c"));
    assertThat(out.get("ns")).isEqualTo(numberSetOf("1", "2", "3", "9"));
    assertThat(out.get("fresh")).isEqualTo(n(1));
    assertThat(out.get("freshset")).isEqualTo(stringSet("b", "c"));
    out = Fixtures.update("DELETE ss :sset, ns :nset, absent :sset");
    assertThat(out.get("ss")).isEqualTo(stringSet("a"));
    assertThat(out.get("ns")).isEqualTo(numberSetOf("1", "2"));
  }

  @Test
  void deleteRemovesEmptiedSet() {
    var v = Fixtures.values();
    var r = dev.keyway.engine.expr.resolve.ExpressionResolver.of(null, Map.of(":all", stringSet("a", "b")));
    assertThat(UpdateApplier.apply(r.update("DELETE ss :all"), Fixtures.item())).doesNotContainKey("ss");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SET absent.a = :x | The document path provided in the update expression is invalid for update",
        "SET s.a = :x | The document path provided in the update expression is invalid for update",
        "SET l[5].a = :x | The document path provided in the update expression is invalid for update",
        "REMOVE absent.a | The document path provided in the update expression is invalid for update",
        "ADD absent.a :one | The document path provided in the update expression is invalid for update",
        "SET a = s + :one | An operand in the update expression has an incorrect data type",
        "SET a = list_append(s, :lst) | An operand in the update expression has an incorrect data type",
        "ADD s :one | An operand in the update expression has an incorrect data type",
        "ADD ss :nset | An operand in the update expression has an incorrect data type",
        "DELETE n :sset | An operand in the update expression has an incorrect data type",
        "SET a = absent | The provided expression refers to an attribute that does not exist in the item",
        "SET a = list_append(absent, :lst) | The provided expression refers to an attribute that does not exist in the item",
      })
  void failures(String update, String message) {
    assertThatThrownBy(() -> Fixtures.update(update))
        .isInstanceOf(ValidationException.class)
        .hasMessage(message);
  }
}
