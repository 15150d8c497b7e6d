package dev.keyway.aws;

import dev.keyway.spi.Operation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One {@link Operation} as the AWS SDK v2 sees it, derived from the operation by the SDK's naming:
 * the model classes {@code <Name>Request} and {@code <Name>Response}, and the client method of the
 * operation's {@linkplain Operation#methodName() method name}. Both SDK adapters convert through
 * it, so neither keeps a table of operations of its own.
 */
public final class SdkOperation<Q extends Record, R> {
  private static final Map<Operation<?, ?>, SdkOperation<?, ?>> CACHE = new ConcurrentHashMap<>();

  private final Operation<Q, R> operation;
  private final Class<? extends SdkPojo> requestClass;
  private final Class<? extends SdkPojo> responseClass;
  private final MethodHandle clientMethod; // (DynamoDbClient, SdkPojo) -> SdkPojo

  private SdkOperation(Operation<Q, R> operation) {
    this.operation = operation;
    this.requestClass = SdkModelMapper.sdkModelClass(operation.name() + "Request").asSubclass(SdkPojo.class);
    this.responseClass = SdkModelMapper.sdkModelClass(operation.name() + "Response").asSubclass(SdkPojo.class);
    try {
      this.clientMethod =
          MethodHandles.publicLookup()
              .unreflect(DynamoDbClient.class.getMethod(operation.methodName(), requestClass))
              .asType(MethodType.methodType(SdkPojo.class, DynamoDbClient.class, SdkPojo.class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("DynamoDbClient has no method for " + operation, e);
    }
  }

  /** The SDK's view of {@code operation}. */
  @SuppressWarnings("unchecked") // the cache maps each operation to its own view
  public static <Q extends Record, R> SdkOperation<Q, R> of(Operation<Q, R> operation) {
    return (SdkOperation<Q, R>) CACHE.computeIfAbsent(operation, SdkOperation::new);
  }

  public Operation<Q, R> operation() {
    return operation;
  }

  public Class<? extends SdkPojo> requestClass() {
    return requestClass;
  }

  public Class<? extends SdkPojo> responseClass() {
    return responseClass;
  }

  public SdkPojo toSdkRequest(Q request) {
    return SdkModelMapper.toSdk(request, requestClass);
  }

  public Q fromSdkRequest(SdkPojo request) {
    return SdkModelMapper.fromSdk(request, operation.requestType());
  }

  /** The SDK response; an empty one when the operation's response has no members. */
  public SdkPojo toSdkResponse(R response) {
    return SdkModelMapper.toSdk((Record) response, responseClass);
  }

  /** The ops response; null when the operation's response has no members. */
  public R fromSdkResponse(SdkPojo response) {
    if (!operation.hasResponse()) {
      return null;
    }
    return operation.responseType().cast(
        SdkModelMapper.fromSdk(response, operation.responseType().asSubclass(Record.class)));
  }

  /** Calls the operation's method on an SDK client; SDK exceptions propagate unchanged. */
  public SdkPojo invoke(DynamoDbClient client, SdkPojo request) {
    try {
      return (SdkPojo) clientMethod.invokeExact(client, request);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e); // the client's methods declare no checked exceptions
    }
  }
}
