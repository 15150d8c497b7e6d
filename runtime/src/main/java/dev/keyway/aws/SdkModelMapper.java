package dev.keyway.aws;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.WireName;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The one place that converts Keyway's {@code dev.keyway.ops} records to and from the AWS SDK v2's
 * DynamoDB (and DynamoDB Streams) model classes, in both directions, for every adapter (the SDK
 * client over the engine, the Backend and the StreamsBackend over an SDK client). A record maps to the SDK class of the same simple name; each
 * record component to the SDK member of the same name in upper camel case (or the name its
 * {@link WireName} gives, as the SDK's stream records spell {@code eventID}), found through the
 * SDK's own field metadata ({@link SdkPojo#sdkFields()}); enums travel as their names, attribute
 * values through {@link SdkAttributeValues}. Members one side does not know are left out.
 */
public final class SdkModelMapper {
  private static final String SDK_MODEL_PACKAGE = "software.amazon.awssdk.services.dynamodb.model.";

  private static final Map<Class<?>, RecordPlan> RECORD_PLANS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Map<String, SdkField<?>>> SDK_FIELDS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, MethodHandle> SDK_BUILDERS = new ConcurrentHashMap<>();

  private SdkModelMapper() {}

  /**
   * An ops record as the SDK model object of the same name, e.g. {@code PutItemRequest}; null as
   * an empty one (the response of an operation whose response has no members).
   */
  public static <S extends SdkPojo> S toSdk(Record value, Class<S> sdkType) {
    SdkPojo builder = newBuilder(sdkType);
    if (value != null) {
      fill(builder, value);
    }
    return sdkType.cast(((SdkBuilder<?, ?>) builder).build());
  }

  /**
   * An SDK model object as the ops record of the same name. A string an enum-typed member does not
   * know (the SDK keeps any string) is left out.
   */
  public static <R extends Record> R fromSdk(SdkPojo value, Class<R> recordType) {
    return fromSdk(value, recordType, null);
  }

  /** Told of each string an enum-typed member does not know, at DynamoDB's member path. */
  @FunctionalInterface
  public interface UnknownEnumValues {
    void found(String path, String value, Class<? extends Enum<?>> type);
  }

  /**
   * As {@link #fromSdk(SdkPojo, Class)}, telling {@code unknown} (when not null) of every enum
   * value it leaves out, at the path DynamoDB's validation messages use ({@code returnValues},
   * {@code keySchema.2.member.keyType}, {@code keyConditions.pk.member.comparisonOperator}).
   */
  public static <R extends Record> R fromSdk(SdkPojo value, Class<R> recordType,
      UnknownEnumValues unknown) {
    return recordType.cast(pojoToRecord(value, recordType, "", unknown));
  }

  // --- ops -> SDK --------------------------------------------------------------------------------

  private static void fill(SdkPojo builder, Record value) {
    RecordPlan plan = plan(value.getClass());
    Map<String, SdkField<?>> fields = fieldsOf(builder);
    for (int i = 0; i < plan.components.length; i++) {
      Object v = plan.get(value, i);
      if (v == null) {
        continue;
      }
      SdkField<?> field = fields.get(plan.wireNames[i]);
      if (field != null) {
        field.set(builder, toSdkValue(v, plan.types[i], field));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Object toSdkValue(Object value, Type opsType, SdkField<?> field) {
    if (opsType == AttributeValue.class) {
      return SdkAttributeValues.toSdk((AttributeValue) value);
    }
    if (opsType instanceof ParameterizedType pt) {
      Type[] args = pt.getActualTypeArguments();
      if (pt.getRawType() == List.class) {
        SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
        List<Object> out = new ArrayList<>(((List<?>) value).size());
        for (Object element : (List<?>) value) {
          out.add(toSdkValue(element, args[0], member));
        }
        return out;
      }
      if (args[1] == AttributeValue.class) {
        return SdkAttributeValues.toSdk((Map<String, AttributeValue>) value);
      }
      SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, ?> e : ((Map<String, ?>) value).entrySet()) {
        out.put(e.getKey(), toSdkValue(e.getValue(), args[1], member));
      }
      return out;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Record r) {
      SdkPojo builder = field.constructor().get();
      fill(builder, r);
      return ((SdkBuilder<?, ?>) builder).build();
    }
    return coerceNumber(value, field);
  }

  private static Object coerceNumber(Object value, SdkField<?> field) {
    if (!(value instanceof Number n)) {
      return value;
    }
    Object type = field.marshallingType();
    if (type == MarshallingType.INTEGER) {
      return n.intValue();
    }
    if (type == MarshallingType.LONG) {
      return n.longValue();
    }
    if (type == MarshallingType.DOUBLE) {
      return n.doubleValue();
    }
    return value;
  }

  // --- SDK -> ops --------------------------------------------------------------------------------

  private static Object pojoToRecord(SdkPojo pojo, Class<?> recordType, String path,
      UnknownEnumValues unknown) {
    RecordPlan plan = plan(recordType);
    Map<String, SdkField<?>> fields = fieldsOf(pojo);
    Object[] args = new Object[plan.components.length];
    for (int i = 0; i < args.length; i++) {
      SdkField<?> field = fields.get(plan.wireNames[i]);
      if (field != null) {
        // paths are only built for a caller that wants to hear of unknown enum values
        String member = unknown == null ? null
            : path.isEmpty() ? plan.memberNames[i] : path + "." + plan.memberNames[i];
        args[i] = fromSdkValue(field.getValueOrDefault(pojo), plan.types[i], field, member, unknown);
      }
    }
    return plan.construct(args);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object fromSdkValue(Object value, Type opsType, SdkField<?> field, String path,
      UnknownEnumValues unknown) {
    if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
      return null;
    }
    if (opsType == AttributeValue.class) {
      return SdkAttributeValues.fromSdk((software.amazon.awssdk.services.dynamodb.model.AttributeValue) value);
    }
    if (opsType instanceof ParameterizedType pt) {
      Type[] args = pt.getActualTypeArguments();
      if (pt.getRawType() == List.class) {
        SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
        List<?> list = (List<?>) value;
        List<Object> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
          Object converted = fromSdkValue(list.get(i), args[0], member,
              unknown == null ? null : path + "." + (i + 1) + ".member", unknown);
          if (converted != null) {
            out.add(converted);
          }
        }
        return out;
      }
      if (args[1] == AttributeValue.class) {
        return SdkAttributeValues.fromSdk((Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>) value);
      }
      SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, ?> e : ((Map<String, ?>) value).entrySet()) {
        Object converted = fromSdkValue(e.getValue(), args[1], member,
            unknown == null ? null : path + "." + e.getKey() + ".member", unknown);
        if (converted != null) {
          out.put(e.getKey(), converted);
        }
      }
      return out;
    }
    Class<?> type = (Class<?>) opsType;
    if (type.isEnum()) {
      try {
        return Enum.valueOf((Class) type, value.toString());
      } catch (IllegalArgumentException unknownToKeyway) {
        if (unknown != null) {
          unknown.found(path, value.toString(), (Class<? extends Enum<?>>) type);
        }
        return null;
      }
    }
    if (type.isRecord()) {
      return pojoToRecord((SdkPojo) value, type, path, unknown);
    }
    if (value instanceof Number n) {
      if (type == Integer.class) {
        return n.intValue();
      }
      if (type == Long.class) {
        return n.longValue();
      }
      if (type == Double.class) {
        return n.doubleValue();
      }
    }
    return value;
  }

  // --- metadata ----------------------------------------------------------------------------------

  private static Map<String, SdkField<?>> fieldsOf(SdkPojo pojo) {
    return SDK_FIELDS.computeIfAbsent(
        pojo.getClass(),
        c -> {
          Map<String, SdkField<?>> byName = new HashMap<>();
          for (SdkField<?> f : pojo.sdkFields()) {
            byName.put(f.memberName(), f);
          }
          return byName;
        });
  }

  private static SdkPojo newBuilder(Class<?> sdkType) {
    MethodHandle builder =
        SDK_BUILDERS.computeIfAbsent(
            sdkType,
            c -> {
              try {
                return MethodHandles.publicLookup()
                    .findStatic(c, "builder", MethodType.methodType(c.getMethod("builder").getReturnType()))
                    .asType(MethodType.methodType(Object.class));
              } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("no builder() on " + c.getName(), e);
              }
            });
    try {
      return (SdkPojo) (Object) builder.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** The SDK model class of the same simple name as an ops record. */
  public static Class<?> sdkClassFor(Class<? extends Record> recordType) {
    return sdkModelClass(recordType.getSimpleName());
  }

  /** The SDK model class with this simple name, e.g. {@code TagResourceResponse}. */
  public static Class<?> sdkModelClass(String simpleName) {
    try {
      return Class.forName(SDK_MODEL_PACKAGE + simpleName);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no SDK model class " + simpleName, e);
    }
  }

  private static RecordPlan plan(Class<?> recordType) {
    return RECORD_PLANS.computeIfAbsent(recordType, RecordPlan::new);
  }

  /** Component names, types, accessors and the canonical constructor of one ops record. */
  private static final class RecordPlan {
    final RecordComponent[] components;
    final String[] wireNames;
    /** The members as DynamoDB's validation messages name them: the wire name, lower camel case. */
    final String[] memberNames;
    final Type[] types;
    final Method[] accessors;
    final Constructor<?> constructor;

    RecordPlan(Class<?> type) {
      components = type.getRecordComponents();
      wireNames = new String[components.length];
      memberNames = new String[components.length];
      types = new Type[components.length];
      accessors = new Method[components.length];
      Class<?>[] parameterTypes = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        String name = components[i].getName();
        WireName wireName = components[i].getAnnotation(WireName.class);
        wireNames[i] = wireName != null ? wireName.value() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        memberNames[i] = Character.toLowerCase(wireNames[i].charAt(0)) + wireNames[i].substring(1);
        types[i] = components[i].getGenericType();
        accessors[i] = components[i].getAccessor();
        parameterTypes[i] = components[i].getType();
      }
      try {
        constructor = type.getDeclaredConstructor(parameterTypes);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }

    Object get(Record value, int index) {
      try {
        return accessors[index].invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    Object construct(Object[] args) {
      try {
        return constructor.newInstance(args);
      } catch (java.lang.reflect.InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
