package dev.keyway.engine.expr.eval;

import static dev.keyway.model.AttributeValue.*;

import dev.keyway.engine.expr.ast.ExpressionKind;
import dev.keyway.engine.expr.resolve.ExpressionResolver;
import dev.keyway.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sample item and values shared by the evaluation tests. */
final class Fixtures {
  private Fixtures() {}

  static Map<String, AttributeValue> item() {
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    m.put("s", s("hello"));
    m.put("n", n(10));
    m.put("b", b(new byte[] {1, 2, (byte) 200}));
    m.put("t", bool(true));
    m.put("z", nul());
    m.put("l", list(s("x"), n(1), s("y")));
    m.put("m", map(Map.of("k", s("v"), "deep", map(Map.of("d", n(4))))));
    m.put("ss", stringSet("a", "b"));
    m.put("ns", numberSetOf("1", "2", "3"));
    return m;
  }

  static Map<String, AttributeValue> values() {
    Map<String, AttributeValue> v = new LinkedHashMap<>();
    v.put(":hello", s("hello"));
    v.put(":he", s("he"));
    v.put(":ten", n("10.0"));
    v.put(":one", n(1));
    v.put(":two", n(2));
    v.put(":x", s("x"));
    v.put(":a", s("a"));
    v.put(":S", s("S"));
    v.put(":SS", s("SS"));
    v.put(":M", s("M"));
    v.put(":b12", b(new byte[] {1, 2}));
    v.put(":b2", b(new byte[] {2}));
    v.put(":lst", list(s("q")));
    v.put(":sset", stringSet("b", "c"));
    v.put(":nset", numberSetOf("3", "9"));
    return v;
  }

  static boolean test(String condition) {
    ExpressionResolver r = ExpressionResolver.of(null, values());
    return ConditionEvaluator.test(r.condition(ExpressionKind.CONDITION, condition), item());
  }

  static Map<String, AttributeValue> update(String update) {
    ExpressionResolver r = ExpressionResolver.of(null, values());
    return UpdateApplier.apply(r.update(update), item());
  }

  static Map<String, AttributeValue> project(String projection) {
    return Projector.project(ExpressionResolver.of(null, null).projection(projection), item());
  }

  static List<String> keys(Map<String, ?> m) {
    return List.copyOf(m.keySet());
  }
}
