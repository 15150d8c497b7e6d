package dev.keyway.spi;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * What every registered operation is, whichever service it belongs to: its name on the wire, its
 * request and response types, and how to run it on that service's backend {@code B}. Subclassed by
 * {@link Operation} (DynamoDB, on {@link Backend}) and {@link StreamsOperation} (DynamoDB Streams,
 * on {@link StreamsBackend}).
 */
public abstract sealed class ApiOperation<B, Q extends Record, R> permits Operation, StreamsOperation {
  private final String name;
  private final String methodName;
  private final Class<Q> requestType;
  private final Class<R> responseType;
  private final BiFunction<B, Q, R> call;

  ApiOperation(String name, Class<Q> requestType, Class<R> responseType, BiFunction<B, Q, R> call) {
    this.name = Objects.requireNonNull(name, "name");
    this.methodName = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    this.requestType = Objects.requireNonNull(requestType, "requestType");
    this.responseType = Objects.requireNonNull(responseType, "responseType");
    this.call = Objects.requireNonNull(call, "call");
  }

  /** The service's name for it, as in {@code X-Amz-Target: DynamoDB_20120810.PutItem}. */
  public String name() {
    return name;
  }

  /**
   * The name of the typed method that runs it on the backend, which is also the method's name on
   * the AWS SDK's client: the name in lower camel case, e.g. {@code putItem}.
   */
  public String methodName() {
    return methodName;
  }

  public Class<Q> requestType() {
    return requestType;
  }

  /** The response record type ({@code Void.class} when a DynamoDB response has no members). */
  public Class<R> responseType() {
    return responseType;
  }

  /** Whether the response has members; when not, {@link #invoke} returns null. */
  public boolean hasResponse() {
    return responseType() != Void.class;
  }

  /** Runs the operation by calling its typed method on the backend. */
  public R invoke(B backend, Q request) {
    return call.apply(backend, request);
  }

  @Override
  public String toString() {
    return name;
  }
}
