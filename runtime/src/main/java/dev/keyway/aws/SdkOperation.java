package dev.keyway.aws;

import dev.keyway.spi.ApiOperation;
import dev.keyway.spi.Operation;
import dev.keyway.spi.StreamsOperation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * One operation as the AWS SDK v2 sees it, derived from the operation by the SDK's naming: the
 * model classes {@code <Name>Request} and {@code <Name>Response}, and the method of the operation's
 * {@linkplain ApiOperation#methodName() method name} on its service's client ({@link DynamoDbClient}
 * for an {@link Operation}, {@link DynamoDbStreamsClient} for a {@link StreamsOperation}; both
 * services share the SDK's model package). The SDK adapters convert through it, so none keeps a
 * table of operations of its own.
 */
public final class SdkOperation<Q extends Record, R> {
  private static final Map<ApiOperation<?, ?, ?>, SdkOperation<?, ?>> CACHE = new ConcurrentHashMap<>();

  private final ApiOperation<?, Q, R> operation;
  private final Class<? extends SdkPojo> requestClass;
  private final Class<? extends SdkPojo> responseClass;
  private final MethodHandle clientMethod; // (SdkClient, SdkPojo) -> SdkPojo

  private SdkOperation(ApiOperation<?, Q, R> operation, Class<? extends SdkClient> clientType) {
    this.operation = operation;
    this.requestClass = SdkModelMapper.sdkModelClass(operation.name() + "Request").asSubclass(SdkPojo.class);
    this.responseClass = SdkModelMapper.sdkModelClass(operation.name() + "Response").asSubclass(SdkPojo.class);
    try {
      this.clientMethod =
          MethodHandles.publicLookup()
              .unreflect(clientType.getMethod(operation.methodName(), requestClass))
              .asType(MethodType.methodType(SdkPojo.class, SdkClient.class, SdkPojo.class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(clientType.getSimpleName() + " has no method for " + operation, e);
    }
  }

  /** The SDK's view of a DynamoDB operation, called on a {@link DynamoDbClient}. */
  @SuppressWarnings("unchecked") // the cache maps each operation to its own view
  public static <Q extends Record, R> SdkOperation<Q, R> of(Operation<Q, R> operation) {
    return (SdkOperation<Q, R>) CACHE.computeIfAbsent(operation, op -> new SdkOperation<>(operation, DynamoDbClient.class));
  }

  /** The SDK's view of a DynamoDB Streams operation, called on a {@link DynamoDbStreamsClient}. */
  @SuppressWarnings("unchecked") // the cache maps each operation to its own view
  public static <Q extends Record, R extends Record> SdkOperation<Q, R> of(StreamsOperation<Q, R> operation) {
    return (SdkOperation<Q, R>) CACHE.computeIfAbsent(operation, op -> new SdkOperation<>(operation, DynamoDbStreamsClient.class));
  }

  public ApiOperation<?, Q, R> operation() {
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

  /** The request as Keyway's record, telling {@code unknown} of enum values it leaves out. */
  public Q fromSdkRequest(SdkPojo request, SdkModelMapper.UnknownEnumValues unknown) {
    return SdkModelMapper.fromSdk(request, operation.requestType(), unknown);
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

  /**
   * Runs the operation on an SDK client of its service, Keyway's records in and out: the request
   * and response convert through {@link SdkModelMapper}, a service error becomes Keyway's
   * exception by {@link SdkErrors}.
   */
  public R call(SdkClient client, Q request) {
    SdkPojo sdkResponse;
    try {
      sdkResponse = invoke(client, toSdkRequest(request));
    } catch (AwsServiceException e) {
      throw SdkErrors.fromSdk(e);
    }
    return fromSdkResponse(sdkResponse);
  }

  /** Calls the operation's method on an SDK client of its service; SDK exceptions propagate unchanged. */
  public SdkPojo invoke(SdkClient client, SdkPojo request) {
    try {
      return (SdkPojo) clientMethod.invokeExact(client, request);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e); // the client's methods declare no checked exceptions
    }
  }
}
