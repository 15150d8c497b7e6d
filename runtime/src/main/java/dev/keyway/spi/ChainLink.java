package dev.keyway.spi;

/** A call at one position in the interceptor list; proceeding moves it to the next position. */
final class ChainLink<Q extends Record, R> implements Interceptor.Chain<Q, R> {
  private final Interceptor[] interceptors;
  private final int index;
  private final Backend backend;
  private final Operation<Q, R> operation;
  private final Q request;
  private final CallContext context;

  ChainLink(
      Interceptor[] interceptors,
      int index,
      Backend backend,
      Operation<Q, R> operation,
      Q request,
      CallContext context) {
    this.interceptors = interceptors;
    this.index = index;
    this.backend = backend;
    this.operation = operation;
    this.request = request;
    this.context = context;
  }

  R run() {
    return interceptors[index].intercept(this);
  }

  @Override
  public Operation<Q, R> operation() {
    return operation;
  }

  @Override
  public Q request() {
    return request;
  }

  @Override
  public CallContext context() {
    return context;
  }

  @Override
  public R proceed(Q request) {
    int next = index + 1;
    if (next == interceptors.length) {
      return operation.invoke(backend, request);
    }
    return new ChainLink<>(interceptors, next, backend, operation, request, context).run();
  }
}
