package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.Objects;

/**
 * One action of an update expression. Typed paths create them ({@code STATUS.set("PAID")},
 * {@code STOCK.add(-1)}); the records are public for dynamic code. {@link #and} starts an {@link
 * Update}.
 */
public sealed interface UpdateAction
    permits UpdateAction.SetAction,
        UpdateAction.RemoveAction,
        UpdateAction.AddAction,
        UpdateAction.DeleteAction {

  /** The path the action writes. */
  AttributePath path();

  /** An update holding this action and then {@code other}. */
  default Update and(UpdateAction other) {
    return Update.of(this, other);
  }

  /** {@code SET path = value}. */
  record SetAction(AttributePath path, Term value) implements UpdateAction {
    public SetAction {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(value, "value");
      if (value instanceof Term.Size) {
        throw new IllegalArgumentException("size() is not allowed in an update expression");
      }
    }
  }

  /** {@code REMOVE path}. */
  record RemoveAction(AttributePath path) implements UpdateAction {
    public RemoveAction {
      Objects.requireNonNull(path, "path");
    }
  }

  /** {@code ADD path value}: a number to add or set elements to add. */
  record AddAction(AttributePath path, AttributeValue value) implements UpdateAction {
    public AddAction {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code DELETE path value}: set elements to remove. */
  record DeleteAction(AttributePath path, AttributeValue value) implements UpdateAction {
    public DeleteAction {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(value, "value");
    }
  }
}
