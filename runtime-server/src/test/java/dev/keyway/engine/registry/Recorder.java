package dev.keyway.engine.registry;

import dev.keyway.spi.Backend;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Fakes for the coverage tests: a {@link Backend} and SDK clients ({@link DynamoDbClient},
 * {@link DynamoDbStreamsClient}) that record the
 * name of each method called and answer with an empty response of the method's return type.
 */
final class Recorder {
  final List<String> calls = new CopyOnWriteArrayList<>(); // servers call from worker threads

  Backend backend() {
    return proxy(Backend.class);
  }

  DynamoDbClient sdkClient() {
    return proxy(DynamoDbClient.class);
  }

  DynamoDbStreamsClient streamsSdkClient() {
    return proxy(DynamoDbStreamsClient.class);
  }

  private <T> T proxy(Class<T> type) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "equals" -> proxy == args[0];
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "toString" -> "Recorder";
                  default -> record(method);
                }));
  }

  private Object record(Method method) {
    calls.add(method.getName());
    Class<?> type = method.getReturnType();
    return type == void.class || type == String.class ? null : emptyOf(type); // String: serviceName
  }

  /**
   * An instance with no members set: an ops record by its canonical constructor with every
   * component absent, an SDK model object by its own {@code builder().build()}.
   */
  static <T> T emptyOf(Class<T> type) {
    try {
      if (type.isRecord()) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] absent = Arrays.stream(types).map(Recorder::absent).toArray();
        return type.getDeclaredConstructor(types).newInstance(absent);
      }
      return type.cast(((SdkBuilder<?, ?>) type.getMethod("builder").invoke(null)).build());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make an empty " + type.getName(), e);
    }
  }

  private static Object absent(Class<?> type) {
    return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null; // 0 or false
  }
}
