package dev.keyway.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * An enum-typed member: a string on the wire. A value outside the set is a validation error
 * (collected, not thrown at once) that lists the allowed values in DynamoDB's order.
 */
final class EnumShape<E extends Enum<E>> extends Shape<E> {
  private final Map<String, E> byName = new HashMap<>();
  private final Class<E> type;

  EnumShape(Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
    }
    this.type = type;
  }

  @Override
  E read(JsonParser p, ReadContext ctx, Path path) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_STRING) {
      throw WireTypeErrors.forString(t);
    }
    String text = p.getText();
    E value = byName.get(text);
    if (value == null) {
      ctx.enumViolation(path, text, type);
    }
    return value;
  }

  @Override
  void write(JsonGenerator g, E value) throws IOException {
    g.writeString(value.name());
  }
}
