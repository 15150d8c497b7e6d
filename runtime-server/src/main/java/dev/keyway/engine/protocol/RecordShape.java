package dev.keyway.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.WireName;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * A DynamoDB structure mapped onto one of the {@code dev.keyway.ops} records: each record component
 * is the member of the same name in upper camel case ({@code tableName} is {@code TableName}), or
 * the name its {@link WireName} gives.
 * Members the record does not know are skipped, JSON null is an absent member, and absent members
 * stay null. Built once per record class by {@link Shapes}.
 */
final class RecordShape<R extends Record> extends Shape<R> {
  private final Class<R> type;
  private Member[] members;
  private final Map<String, Integer> indexByWireName = new HashMap<>();
  private MethodHandle constructor;

  private static final class Member {
    final String wireName;
    final SerializableString serializedName;
    final MethodHandle accessor;
    Shape<?> shape;

    Member(String wireName, MethodHandle accessor) {
      this.wireName = wireName;
      this.serializedName = new SerializedString(wireName);
      this.accessor = accessor;
    }
  }

  RecordShape(Class<R> type) {
    this.type = type;
  }

  /** Second construction step, separate so that recursive record types can refer to this shape. */
  void resolve(Shapes shapes) {
    RecordComponent[] components = type.getRecordComponents();
    Member[] resolved = new Member[components.length];
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    try {
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        String name = c.getName();
        WireName declared = c.getAnnotation(WireName.class);
        String wireName = declared != null ? declared.value()
            : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Member m = new Member(wireName, lookup.unreflect(c.getAccessor()).asType(MethodType.methodType(Object.class, Object.class)));
        m.shape = storesItem(c) ? AttributeValueShape.STORED_ITEM
            : isAttributeMap(c, "expressionAttributeValues") ? AttributeValueShape.EXPRESSION_VALUES
            : shapes.forType(c.getGenericType());
        resolved[i] = m;
        indexByWireName.put(wireName, i);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot map " + type.getName(), e);
    }
    this.constructor = spreadConstructor(components.length);
    this.members = resolved;
  }

  /**
   * The {@code Item} member of a write (PutItemRequest, PutRequest, Put): DynamoDB refuses JSON
   * nulls inside it, where elsewhere a null member is simply absent.
   */
  private static boolean storesItem(RecordComponent c) {
    return isAttributeMap(c, "item");
  }

  private static boolean isAttributeMap(RecordComponent c, String name) {
    return c.getName().equals(name) && c.getGenericType() instanceof ParameterizedType pt
        && pt.getRawType() == Map.class && pt.getActualTypeArguments()[1] == AttributeValue.class;
  }

  private MethodHandle spreadConstructor(int arity) {
    try {
      Class<?>[] parameterTypes = new Class<?>[arity];
      RecordComponent[] components = type.getRecordComponents();
      for (int i = 0; i < arity; i++) {
        parameterTypes[i] = components[i].getType();
      }
      MethodHandle mh = MethodHandles.publicLookup().unreflectConstructor(type.getDeclaredConstructor(parameterTypes));
      return mh.asSpreader(Object[].class, arity).asType(MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  @Override
  R read(JsonParser p, ReadContext ctx, Path path) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw WireTypeErrors.forStructure(t);
    }
    Object[] args = new Object[members.length];
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken valueToken = p.nextToken();
      Integer index = indexByWireName.get(name);
      if (index == null) {
        p.skipChildren();
        continue;
      }
      if (valueToken == JsonToken.VALUE_NULL) {
        args[index] = null;
        continue;
      }
      Member m = members[index];
      args[index] = m.shape.read(p, ctx, m.shape.usesPath() ? path.member(m.wireName) : path);
    }
    return construct(args);
  }

  R construct(Object[] args) {
    try {
      return type.cast(constructor.invokeExact(args));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  void write(JsonGenerator g, R value) throws IOException {
    g.writeStartObject();
    for (Member m : members) {
      Object v;
      try {
        v = m.accessor.invokeExact((Object) value);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
      if (v != null) {
        g.writeFieldName(m.serializedName);
        m.shape.writeObject(g, v);
      }
    }
    g.writeEndObject();
  }
}
