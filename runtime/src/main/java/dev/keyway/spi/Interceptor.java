package dev.keyway.spi;

/**
 * Sees every call to a backend, with its operation, request and {@link CallContext}, and decides
 * how it proceeds: metrics, access control, caching, logging. Installed with {@link Interceptors};
 * the first interceptor given is the outermost.
 *
 * <pre>{@code
 * Interceptor timing = new Interceptor() {
 *   @Override
 *   public <Q extends Record, R> R intercept(Chain<Q, R> chain) {
 *     long start = System.nanoTime();
 *     try {
 *       return chain.proceed(chain.request());
 *     } finally {
 *       histogram(chain.operation().name()).record(System.nanoTime() - start);
 *     }
 *   }
 * };
 * Backend backend = Interceptors.of(timing).wrap(Engine.inMemory());
 * }</pre>
 *
 * <p>An interceptor may answer without proceeding (a cache hit), throw a
 * {@link dev.keyway.error.DynamoDbException} (access denied), or proceed with a different request
 * of the same operation. Interceptors are called from many threads at once.
 */
public interface Interceptor {

  /** Handles one call; returns what {@link Chain#proceed} returned, or a response of its own. */
  <Q extends Record, R> R intercept(Chain<Q, R> chain);

  /** One call on its way through the interceptors. */
  interface Chain<Q extends Record, R> {

    Operation<Q, R> operation();

    Q request();

    CallContext context();

    /**
     * Passes the call to the next interceptor, or to the backend after the last; returns the
     * response (null when the operation's response has no members).
     */
    R proceed(Q request);
  }
}
