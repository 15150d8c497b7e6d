package dev.keyway.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A JSON array of one element shape; null elements are dropped. */
final class ListShape<T> extends Shape<List<T>> {
  private final Shape<T> element;

  ListShape(Shape<T> element) {
    this.element = element;
  }

  @Override
  List<T> read(JsonParser p, ReadContext ctx, Path path) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_ARRAY) {
      throw WireTypeErrors.forList(t);
    }
    List<T> out = new ArrayList<>();
    int index = 0;
    boolean paths = element.usesPath();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_NULL) {
        T value = element.read(p, ctx, paths ? path.element(index) : path);
        if (value != null) {
          out.add(value);
        }
      }
      index++;
    }
    return out;
  }

  @Override
  void write(JsonGenerator g, List<T> value) throws IOException {
    g.writeStartArray();
    for (T element : value) {
      this.element.write(g, element);
    }
    g.writeEndArray();
  }
}
