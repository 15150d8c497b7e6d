package dev.keyway.spi;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One operation of the DynamoDB Streams API: its name on the wire, its request and response
 * records, and how to run it on a {@link StreamsBackend}. The counterpart of {@link Operation} for
 * the second service; every instance is a constant of {@link StreamsOperations}.
 */
public final class StreamsOperation<Q extends Record, R extends Record> {
  private final String name;
  private final Class<Q> requestType;
  private final Class<R> responseType;
  private final BiFunction<StreamsBackend, Q, R> call;

  StreamsOperation(String name, Class<Q> requestType, Class<R> responseType, BiFunction<StreamsBackend, Q, R> call) {
    this.name = Objects.requireNonNull(name, "name");
    this.requestType = Objects.requireNonNull(requestType, "requestType");
    this.responseType = Objects.requireNonNull(responseType, "responseType");
    this.call = Objects.requireNonNull(call, "call");
  }

  /** The service's name, as in {@code X-Amz-Target: DynamoDBStreams_20120810.GetRecords}. */
  public String name() {
    return name;
  }

  /** The typed method's name on {@link StreamsBackend} and on the SDK's streams client. */
  public String methodName() {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  public Class<Q> requestType() {
    return requestType;
  }

  public Class<R> responseType() {
    return responseType;
  }

  public R invoke(StreamsBackend backend, Q request) {
    return call.apply(backend, request);
  }

  @Override
  public String toString() {
    return name;
  }
}
