package dev.keyway.spi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * The handler behind {@link Interceptors#wrap}: a proxy, so that the typed methods of
 * {@link Backend} map to their {@link Operations} entries without a hand-written method per
 * operation here.
 */
final class InterceptedBackend implements InvocationHandler {
  private static final Map<Method, Operation<?, ?>> BY_METHOD = byMethod();

  private final Backend backend;
  private final Interceptors interceptors;

  InterceptedBackend(Backend backend, Interceptors interceptors) {
    this.backend = backend;
    this.interceptors = interceptors;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    Operation<?, ?> operation = BY_METHOD.get(method);
    if (operation != null) {
      return call(operation, args[0]);
    }
    switch (method.getName()) {
      case "close":
        backend.close();
        return null;
      case "clock":
        return backend.clock();
      case "equals":
        return proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      case "toString":
        return "Intercepted[" + backend + "]";
      default:
        if (method.isDefault()) {
          return InvocationHandler.invokeDefault(proxy, method, args);
        }
        throw new UnsupportedOperationException(
            "Backend." + method.getName() + " has no entry in " + Operations.class.getName());
    }
  }

  private <Q extends Record, R> R call(Operation<Q, R> operation, Object request) {
    return interceptors.call(
        backend, operation, operation.requestType().cast(request), CallContext.anonymous());
  }

  private static Map<Method, Operation<?, ?>> byMethod() {
    Map<Method, Operation<?, ?>> byMethod = new HashMap<>();
    for (Operation<?, ?> operation : Operations.all()) {
      try {
        byMethod.put(Backend.class.getMethod(operation.methodName(), operation.requestType()), operation);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(
            "Operations." + operation.name() + " has no method " + operation.methodName() + " in Backend", e);
      }
    }
    return byMethod;
  }
}
