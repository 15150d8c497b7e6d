package dev.keyway.spi;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Objects;

/**
 * An ordered, immutable list of {@link Interceptor}s and the place calls pass through them. With no
 * interceptors it costs nothing: {@link #wrap} returns the backend itself and {@link #call} is a
 * direct call of the backend's typed method.
 *
 * <pre>{@code
 * Backend backend = Interceptors.of(metrics, accessControl).wrap(Engine.inMemory());
 * KeywayServer.start(engine, config, Interceptors.of(metrics, accessControl)); // sees principals
 * }</pre>
 */
public final class Interceptors {
  private static final Interceptors NONE = new Interceptors(new Interceptor[0]);

  private final Interceptor[] interceptors;

  private Interceptors(Interceptor[] interceptors) {
    this.interceptors = interceptors;
  }

  /** No interceptors. */
  public static Interceptors none() {
    return NONE;
  }

  /** These interceptors, the first outermost. */
  public static Interceptors of(Interceptor... interceptors) {
    return of(List.of(interceptors));
  }

  /** These interceptors, the first outermost. */
  public static Interceptors of(List<? extends Interceptor> interceptors) {
    return interceptors.isEmpty() ? NONE : new Interceptors(interceptors.toArray(new Interceptor[0]));
  }

  public boolean isEmpty() {
    return interceptors.length == 0;
  }

  /** Runs one call on {@code backend} through the interceptors, in order. */
  public <Q extends Record, R> R call(
      Backend backend, Operation<Q, R> operation, Q request, CallContext context) {
    if (interceptors.length == 0) {
      return operation.invoke(backend, request);
    }
    return new ChainLink<>(interceptors, 0, backend, operation, request, context).run();
  }

  /**
   * A backend whose every operation passes through these interceptors (with an
   * {@linkplain CallContext#anonymous() anonymous} context) before reaching {@code backend};
   * {@code backend} itself when there are none. Closing it closes {@code backend}.
   */
  public Backend wrap(Backend backend) {
    Objects.requireNonNull(backend, "backend");
    if (interceptors.length == 0) {
      return backend;
    }
    return (Backend)
        Proxy.newProxyInstance(
            Backend.class.getClassLoader(),
            new Class<?>[] {Backend.class},
            new InterceptedBackend(backend, this));
  }
}
