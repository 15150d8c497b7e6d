package dev.keyway.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object with string keys and values of one shape; null values are dropped. */
final class MapShape<V> extends Shape<Map<String, V>> {
  private final Shape<V> value;

  MapShape(Shape<V> value) {
    this.value = value;
  }

  @Override
  Map<String, V> read(JsonParser p, ReadContext ctx, Path path) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw WireTypeErrors.forMap(t);
    }
    Map<String, V> out = new LinkedHashMap<>();
    boolean paths = value.usesPath();
    String key;
    while ((key = p.nextFieldName()) != null) {
      if (p.nextToken() != JsonToken.VALUE_NULL) {
        V v = value.read(p, ctx, paths ? path.entry(key) : path);
        if (v != null) {
          out.put(key, v);
        }
      }
    }
    return out;
  }

  @Override
  void write(JsonGenerator g, Map<String, V> map) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, V> e : map.entrySet()) {
      if (e.getValue() != null) {
        g.writeFieldName(e.getKey());
        value.write(g, e.getValue());
      }
    }
    g.writeEndObject();
  }
}
