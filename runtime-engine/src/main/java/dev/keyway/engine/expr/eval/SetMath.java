package dev.keyway.engine.expr.eval;

import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import java.util.LinkedHashSet;
import java.util.Set;

/** ADD and DELETE arithmetic on numbers and sets. */
final class SetMath {
  private SetMath() {}

  /** ADD: number plus number, or set union of the same set type. */
  static AttributeValue add(AttributeValue old, AttributeValue v) {
    if (old instanceof AttributeValue.N x && v instanceof AttributeValue.N y) {
      return new AttributeValue.N(x.value().add(y.value()));
    }
    if (old instanceof AttributeValue.SS x && v instanceof AttributeValue.SS y) {
      return new AttributeValue.SS(union(x.values(), y.values()));
    }
    if (old instanceof AttributeValue.NS x && v instanceof AttributeValue.NS y) {
      return new AttributeValue.NS(union(x.values(), y.values()));
    }
    if (old instanceof AttributeValue.BS x && v instanceof AttributeValue.BS y) {
      return new AttributeValue.BS(union(x.values(), y.values()));
    }
    throw new ValidationException(UpdateApplier.BAD_TYPE);
  }

  /** DELETE: set difference; {@code null} (remove the attribute) when nothing is left. */
  static AttributeValue delete(AttributeValue old, AttributeValue v) {
    if (old instanceof AttributeValue.SS x && v instanceof AttributeValue.SS y) {
      Set<String> rest = minus(x.values(), y.values());
      return rest.isEmpty() ? null : new AttributeValue.SS(rest);
    }
    if (old instanceof AttributeValue.NS x && v instanceof AttributeValue.NS y) {
      var rest = minus(x.values(), y.values());
      return rest.isEmpty() ? null : new AttributeValue.NS(rest);
    }
    if (old instanceof AttributeValue.BS x && v instanceof AttributeValue.BS y) {
      var rest = minus(x.values(), y.values());
      return rest.isEmpty() ? null : new AttributeValue.BS(rest);
    }
    throw new ValidationException(UpdateApplier.BAD_TYPE);
  }

  private static <T> Set<T> union(Set<T> a, Set<T> b) {
    Set<T> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }

  private static <T> Set<T> minus(Set<T> a, Set<T> b) {
    Set<T> out = new LinkedHashSet<>(a);
    out.removeAll(b);
    return out;
  }
}
