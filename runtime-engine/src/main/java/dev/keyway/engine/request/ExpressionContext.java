package dev.keyway.engine.request;

import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.ExpressionKind;
import dev.keyway.engine.expr.ast.ProjectionExpression;
import dev.keyway.engine.expr.ast.UpdateAction;
import dev.keyway.engine.expr.ast.UpdateExpression;
import dev.keyway.engine.expr.eval.ConditionEvaluator;
import dev.keyway.engine.expr.eval.Projector;
import dev.keyway.engine.expr.eval.UpdateApplier;
import dev.keyway.engine.expr.resolve.ExpressionResolver;
import dev.keyway.engine.expr.resolve.KeyConditionExtractor;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ScalarAttributeType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The expressions of one request, compiled by the expression engine ({@code engine.expr}) against
 * the request's ExpressionAttributeNames and ExpressionAttributeValues, and adapted to the
 * operations' small interfaces. Call {@link #finish()} after the last expression: it reports names
 * and values that no expression used.
 */
public final class ExpressionContext {
  private final ExpressionResolver resolver;

  private ExpressionContext(ExpressionResolver resolver) {
    this.resolver = resolver;
  }

  public static ExpressionContext of(Map<String, String> names, Map<String, AttributeValue> values) {
    return new ExpressionContext(ExpressionResolver.of(names, values));
  }

  public ItemCondition condition(String expression) {
    Condition c = resolver.condition(ExpressionKind.CONDITION, expression);
    return item -> ConditionEvaluator.test(c, item);
  }

  public ItemCondition filter(String expression) {
    return compiledFilter(resolver.condition(ExpressionKind.FILTER, expression));
  }

  public ItemUpdate update(String expression) {
    return compiledUpdate(resolver.update(expression));
  }

  /** A resolved filter (from an expression or a PartiQL WHERE clause) as an operation uses it. */
  public static ItemCondition compiledFilter(Condition c) {
    return ItemCondition.reading(ConditionPaths.of(c), ConditionPaths.nested(c),
        item -> ConditionEvaluator.test(c, item));
  }

  /** A resolved update (from an expression or a PartiQL UPDATE) as an operation uses it. */
  public static ItemUpdate compiledUpdate(UpdateExpression u) {
    Set<String> names = u.topLevelNames();
    Set<String> nested = ConditionPaths.nested(u);
    Map<String, AttributeValue.Type> knownTypes = UpdateValueTypes.of(u);
    // UPDATED_OLD / UPDATED_NEW return the updated paths only, nested as in the item (SET m.a
    // returns {m: {a}}), as a projection of those paths would
    ProjectionExpression updatedPaths =
        new ProjectionExpression(u.actions().stream().map(UpdateAction::path).toList());
    return new ItemUpdate() {
      @Override
      public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
        return UpdateApplier.apply(u, item);
      }

      @Override
      public Set<String> touchedAttributes() {
        return names;
      }

      @Override
      public Set<String> nestedNames() {
        return nested;
      }

      @Override
      public Map<String, AttributeValue.Type> knownTypes() {
        return knownTypes;
      }

      @Override
      public Map<String, AttributeValue> touchedOf(Map<String, AttributeValue> item) {
        return Projector.project(updatedPaths, item);
      }
    };
  }

  public ItemProjection projection(String expression) {
    return compiledProjection(resolver.projection(expression));
  }

  /** A resolved projection (from an expression or a PartiQL SELECT list) as an operation uses it. */
  public static ItemProjection compiledProjection(ProjectionExpression p) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    java.util.Set<String> nested = new java.util.LinkedHashSet<>();
    p.paths().forEach(path -> {
      names.add(path.topLevelName());
      if (path.depth() > 1) {
        nested.add(path.topLevelName());
      }
    });
    return ItemProjection.reading(names, nested, item -> Projector.project(p, item));
  }

  /** Resolves a KeyConditionExpression; call {@link #keyCondition} after {@link #finish()}. */
  public Condition keyConditionExpression(String expression) {
    return resolver.condition(ExpressionKind.KEY_CONDITION, expression);
  }

  /** Checks a resolved key condition's structure against a key schema. */
  public static KeyCondition keyCondition(Condition condition, KeySpec key) {
    if (key.multiAttribute()) {
      List<MultiAttributeKeyConditions.Term> terms = new java.util.ArrayList<>();
      for (var sc : KeyConditionExtractor.conditions(condition)) {
        terms.add(new MultiAttributeKeyConditions.Term(sc.sortKey(),
            KeyCondition.SortOp.valueOf(sc.operator().name()),
            sc.high() == null ? List.of(sc.value()) : List.of(sc.value(), sc.high())));
      }
      return MultiAttributeKeyConditions.of(terms, key);
    }
    dev.keyway.engine.expr.resolve.KeyCondition kc = KeyConditionExtractor.extract(condition,
        key.hashName(), valueType(key.hashType()), key.rangeName(),
        key.hasRange() ? valueType(key.rangeType()) : null);
    if (kc.sortCondition().isEmpty()) {
      return new KeyCondition(key.hashName(), kc.partitionValue(), null, null, List.of());
    }
    var sc = kc.sortCondition().get();
    KeyCondition.SortOp op = KeyCondition.SortOp.valueOf(sc.operator().name());
    List<AttributeValue> values = sc.high() == null ? List.of(sc.value())
        : List.of(sc.value(), sc.high());
    return new KeyCondition(key.hashName(), kc.partitionValue(), sc.sortKey(), op, values);
  }

  /** The value type of a key attribute's type (a switch, not Enum.valueOf's lookup by name). */
  private static AttributeValue.Type valueType(ScalarAttributeType type) {
    return switch (type) {
      case S -> AttributeValue.Type.S;
      case N -> AttributeValue.Type.N;
      case B -> AttributeValue.Type.B;
    };
  }

  public void finish() {
    resolver.checkAllUsed();
  }
}
