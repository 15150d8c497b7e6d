package dev.keyway.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * How one Java type of the request/response records travels in DynamoDB JSON. {@link #read} is
 * called with the parser on the value's first token, which is never {@code null} (callers treat
 * JSON null as an absent member), and leaves the parser on the value's last token.
 */
abstract class Shape<T> {

  abstract T read(JsonParser p, ReadContext ctx, Path path) throws IOException;

  abstract void write(JsonGenerator g, T value) throws IOException;

  /** False for shapes that never report a path (attribute values), so containers skip building one. */
  boolean usesPath() {
    return true;
  }

  /** Unchecked write for callers that hold an {@code Object} of the right type. */
  @SuppressWarnings("unchecked")
  final void writeObject(JsonGenerator g, Object value) throws IOException {
    write(g, (T) value);
  }
}
