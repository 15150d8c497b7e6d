package dev.keyway.expr;

import dev.keyway.model.AttributeValue;

/** A boolean attribute: equality, IN and existence only, as DynamoDB allows. */
public final class BooleanPath extends TypedPath<Boolean, Boolean> {

  BooleanPath(AttributePath path) {
    super(path, AttributeValue::bool);
  }
}
