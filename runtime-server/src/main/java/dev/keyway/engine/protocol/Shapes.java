package dev.keyway.engine.protocol;

import dev.keyway.model.AttributeValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Builds and caches the {@link Shape} of every type used by the request/response records. */
final class Shapes {
  static final Shapes INSTANCE = new Shapes();

  private final Map<Type, Shape<?>> cache = new ConcurrentHashMap<>();

  private Shapes() {}

  @SuppressWarnings("unchecked")
  <R extends Record> RecordShape<R> forRecord(Class<R> type) {
    return (RecordShape<R>) forType(type);
  }

  synchronized Shape<?> forType(Type type) {
    Shape<?> known = cache.get(type);
    if (known != null) {
      return known;
    }
    Shape<?> shape = create(type);
    cache.put(type, shape);
    if (shape instanceof RecordShape<?> record) {
      record.resolve(this);
    }
    return shape;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Shape<?> create(Type type) {
    if (type instanceof ParameterizedType pt) {
      Type raw = pt.getRawType();
      Type[] args = pt.getActualTypeArguments();
      if (raw == List.class) {
        return new ListShape<>(forType(args[0]));
      }
      if (raw == Map.class && args[0] == String.class) {
        if (args[1] == AttributeValue.class) {
          return AttributeValueShape.ITEM;
        }
        return new MapShape<>(forType(args[1]));
      }
    } else if (type instanceof Class<?> c) {
      if (c == String.class) {
        return ScalarShapes.STRING;
      }
      if (c == Boolean.class) {
        return ScalarShapes.BOOLEAN;
      }
      if (c == Integer.class) {
        return ScalarShapes.INTEGER;
      }
      if (c == Long.class) {
        return ScalarShapes.LONG;
      }
      if (c == Double.class) {
        return ScalarShapes.DOUBLE;
      }
      if (c == Instant.class) {
        return ScalarShapes.INSTANT;
      }
      if (c == AttributeValue.class) {
        return AttributeValueShape.INSTANCE;
      }
      if (c.isEnum()) {
        return new EnumShape(c);
      }
      if (c.isRecord()) {
        return new RecordShape(c);
      }
    }
    throw new IllegalArgumentException("no DynamoDB JSON mapping for " + type.getTypeName());
  }
}
