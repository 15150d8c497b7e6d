package dev.keyway.engine.server;

import dev.keyway.spi.Backend;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link Backend} for tests: delegates to a real backend unless a behaviour is scripted for a
 * method name (throw an error, sleep first...).
 */
public final class ScriptedBackend {
  /** What to do instead of (or before) the real call. */
  public interface Behaviour {
    Object run(Object request) throws Exception;
  }

  private ScriptedBackend() {}

  public static final class Script {
    final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();

    public Script on(String method, Behaviour behaviour) {
      behaviours.put(method, behaviour);
      return this;
    }

    public Script clear() {
      behaviours.clear();
      return this;
    }
  }

  public static Backend of(Backend delegate, Script script) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          Behaviour b = script.behaviours.get(method.getName());
          if (b != null) {
            Object result = b.run(args == null ? null : args[0]);
            if (result != null || method.getReturnType() == void.class) {
              return result;
            }
          }
          try {
            return method.invoke(delegate, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class}, handler);
  }
}
