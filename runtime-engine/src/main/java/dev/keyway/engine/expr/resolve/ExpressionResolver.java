package dev.keyway.engine.expr.resolve;

import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.ExpressionKind;
import dev.keyway.engine.expr.ast.Path;
import dev.keyway.engine.expr.ast.ProjectionExpression;
import dev.keyway.engine.expr.ast.UpdateExpression;
import dev.keyway.engine.expr.parse.ExpressionParser;
import dev.keyway.engine.expr.parse.ParsedExpressionCache;
import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves the expressions of one request against its ExpressionAttributeNames and
 * ExpressionAttributeValues. Create one per request, call the method for each expression in the
 * order the operation checks them (see the package documentation), then {@link #checkAllUsed()}.
 *
 * <p>Parsing goes through a shared {@link ParsedExpressionCache}; resolution is per request.
 */
public final class ExpressionResolver {
  private static final ParsedExpressionCache SHARED_CACHE = new ParsedExpressionCache(4096);

  private final AttributeMaps maps;
  private final ParsedExpressionCache cache;

  private ExpressionResolver(
      Map<String, String> names, Map<String, AttributeValue> values, ParsedExpressionCache cache) {
    this.maps = new AttributeMaps(names, values);
    this.cache = cache;
    maps.checkStatic(names != null, values != null);
  }

  /**
   * Starts resolving a request's expressions. {@code null} means the parameter was absent; an empty
   * map means it was present but empty (an error). Runs the static checks on both maps.
   */
  public static ExpressionResolver of(Map<String, String> names, Map<String, AttributeValue> values) {
    return new ExpressionResolver(names, values, SHARED_CACHE);
  }

  public static ExpressionResolver of(
      Map<String, String> names, Map<String, AttributeValue> values, ParsedExpressionCache cache) {
    return new ExpressionResolver(names, values, cache);
  }

  /** Parses (cached) and resolves a condition, filter or key condition expression. */
  public Condition condition(ExpressionKind kind, String text) {
    if (!kind.isCondition()) {
      throw new IllegalArgumentException(kind + " is not a condition kind");
    }
    Condition parsed = cache.get(kind, text, t -> ExpressionParser.parseCondition(t, kind));
    return new ConditionResolver(kind, maps).resolve(parsed);
  }

  public UpdateExpression update(String text) {
    UpdateExpression parsed =
        cache.get(ExpressionKind.UPDATE, text, ExpressionParser::parseUpdate);
    return new UpdateResolver(maps).resolve(parsed);
  }

  public ProjectionExpression projection(String text) {
    ProjectionExpression parsed =
        cache.get(ExpressionKind.PROJECTION, text, ExpressionParser::parseProjection);
    ExpressionKind kind = ExpressionKind.PROJECTION;
    PathRules.check(kind, parsed.paths());
    OperandResolver operands = new OperandResolver(kind, maps);
    List<Path> paths = new ArrayList<>();
    for (Path p : parsed.paths()) {
      paths.add(operands.path(p));
    }
    PathOverlaps.check(kind, paths);
    return new ProjectionExpression(paths);
  }

  /** DynamoDB's final check: every name and value given was used by some expression. */
  public void checkAllUsed() {
    maps.checkAllUsed();
  }
}
