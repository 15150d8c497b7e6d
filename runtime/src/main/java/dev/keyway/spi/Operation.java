package dev.keyway.spi;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One operation of the DynamoDB API as Keyway serves it: its name on the wire, its request and
 * response types, and how to run it on a {@link Backend}. Every operation has exactly one instance,
 * a constant of {@link Operations}; layers that handle operations generically (the wire protocol,
 * the server, the SDK adapters, {@link Interceptor}s) dispatch through these instead of keeping
 * their own lists.
 *
 * @param <Q> the request record, e.g. {@link dev.keyway.ops.PutItemRequest}
 * @param <R> the response record, or {@link Void} when DynamoDB's response has no members
 */
public final class Operation<Q extends Record, R> {
  private final String name;
  private final String methodName;
  private final Class<Q> requestType;
  private final Class<R> responseType;
  private final BiFunction<Backend, Q, R> call;

  Operation(String name, Class<Q> requestType, Class<R> responseType, BiFunction<Backend, Q, R> call) {
    this.name = Objects.requireNonNull(name, "name");
    this.methodName = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    this.requestType = Objects.requireNonNull(requestType, "requestType");
    this.responseType = Objects.requireNonNull(responseType, "responseType");
    this.call = Objects.requireNonNull(call, "call");
  }

  /** DynamoDB's name, as in {@code X-Amz-Target: DynamoDB_20120810.PutItem}. */
  public String name() {
    return name;
  }

  /**
   * The name of the method that runs this operation on {@link Backend}, which is also the method's
   * name on the AWS SDK's {@code DynamoDbClient}: the name in lower camel case, e.g. {@code putItem}.
   */
  public String methodName() {
    return methodName;
  }

  public Class<Q> requestType() {
    return requestType;
  }

  /** The response record type; {@code Void.class} when the response has no members. */
  public Class<R> responseType() {
    return responseType;
  }

  /** Whether the response has members; when not, {@link #invoke} returns null. */
  public boolean hasResponse() {
    return responseType != Void.class;
  }

  /** Runs this operation by calling its typed method on the backend. */
  public R invoke(Backend backend, Q request) {
    return call.apply(backend, request);
  }

  @Override
  public String toString() {
    return name;
  }
}
