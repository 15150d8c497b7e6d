package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * All expressions of one request, rendered over one placeholder namespace. The builder renders in
 * a fixed order (key condition, update, condition, filter, projection), whatever order its setters
 * were called in, so the same request always renders to the same text. Absent expressions are
 * empty; the maps are empty when no placeholder was used (omit them from the request then).
 */
public record ExpressionSet(
    Optional<String> keyConditionExpression,
    Optional<String> updateExpression,
    Optional<String> conditionExpression,
    Optional<String> filterExpression,
    Optional<String> projectionExpression,
    Map<String, String> names,
    Map<String, AttributeValue> values) {

  public ExpressionSet {
    names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects the expressions of a request; {@link #build} renders them. */
  public static final class Builder {
    private KeyCondition keyCondition;
    private Update update;
    private Condition condition;
    private Condition filter;
    private Projection projection;

    private Builder() {}

    public Builder keyCondition(KeyCondition keyCondition) {
      this.keyCondition = keyCondition;
      return this;
    }

    public Builder update(Update update) {
      this.update = update;
      return this;
    }

    public Builder condition(Condition condition) {
      this.condition = condition;
      return this;
    }

    public Builder filter(Condition filter) {
      this.filter = filter;
      return this;
    }

    public Builder projection(Projection projection) {
      this.projection = projection;
      return this;
    }

    public ExpressionSet build() {
      ExpressionRenderer r = new ExpressionRenderer();
      Optional<String> key =
          Optional.ofNullable(keyCondition).map(k -> r.render(k).expression());
      Optional<String> upd = Optional.ofNullable(update).map(u -> r.render(u).expression());
      Optional<String> cond = Optional.ofNullable(condition).map(c -> r.render(c).expression());
      Optional<String> filt = Optional.ofNullable(filter).map(f -> r.render(f).expression());
      Optional<String> proj =
          Optional.ofNullable(projection).map(p -> r.render(p).expression());
      return new ExpressionSet(key, upd, cond, filt, proj, r.names(), r.values());
    }
  }
}
