package dev.keyway.aws;

import dev.keyway.error.CancellationReason;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.DynamoDbException;
import dev.keyway.error.ProvisionedThroughputExceededException;
import dev.keyway.error.ThrottlingReason;
import dev.keyway.error.TransactionCanceledException;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Keyway's {@link DynamoDbException} subclasses to and from the AWS SDK v2's DynamoDB exceptions,
 * keeping the error code, message and HTTP status (and the item of a failed condition and the
 * cancellation reasons of a cancelled transaction).
 */
public final class SdkErrors {
  private static final String SDK_MODEL_PACKAGE = "software.amazon.awssdk.services.dynamodb.model.";
  private static final String KEYWAY_ERROR_PACKAGE = "dev.keyway.error.";
  private static final Map<String, Class<?>> SDK_TYPES = new ConcurrentHashMap<>();

  /** Error codes whose SDK class is not named after them. */
  private static final Map<String, String> SDK_CLASS_BY_CODE =
      Map.of(
          "InternalServerError", "InternalServerErrorException",
          "RequestLimitExceeded", "RequestLimitExceededException");

  /** Error codes whose Keyway class is not named after them. */
  private static final Map<String, String> KEYWAY_CLASS_BY_CODE =
      Map.of("RequestLimitExceeded", "RequestLimitExceededException");

  private SdkErrors() {}

  /** The SDK exception an AWS SDK client would throw for this DynamoDB error. */
  public static software.amazon.awssdk.services.dynamodb.model.DynamoDbException toSdk(DynamoDbException error) {
    String type = error.errorType();
    String message = error.getMessage();
    software.amazon.awssdk.services.dynamodb.model.DynamoDbException.Builder builder = sdkBuilder(type);
    if (error instanceof ConditionalCheckFailedException ccf && ccf.item().isPresent()
        && builder instanceof software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException.Builder b) {
      b.item(SdkAttributeValues.toSdk(ccf.item().get()));
    }
    if (error instanceof TransactionCanceledException tce
        && builder instanceof software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException.Builder b) {
      List<software.amazon.awssdk.services.dynamodb.model.CancellationReason> reasons = new ArrayList<>();
      for (CancellationReason r : tce.reasons()) {
        software.amazon.awssdk.services.dynamodb.model.CancellationReason.Builder rb =
            software.amazon.awssdk.services.dynamodb.model.CancellationReason.builder().code(r.code()).message(r.message());
        if (r.item() != null) {
          rb.item(SdkAttributeValues.toSdk(r.item()));
        }
        reasons.add(rb.build());
      }
      b.cancellationReasons(reasons);
    }
    if (error instanceof ProvisionedThroughputExceededException ptee
        && !ptee.throttlingReasons().isEmpty()
        && builder instanceof software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException.Builder b) {
      List<software.amazon.awssdk.services.dynamodb.model.ThrottlingReason> reasons = new ArrayList<>();
      for (ThrottlingReason r : ptee.throttlingReasons()) {
        reasons.add(software.amazon.awssdk.services.dynamodb.model.ThrottlingReason.builder()
            .reason(r.reason()).resource(r.resource()).build());
      }
      b.throttlingReasons(reasons);
    }
    builder
        .message(message)
        .statusCode(error.httpStatus())
        .awsErrorDetails(
            AwsErrorDetails.builder()
                .errorCode(type)
                .errorMessage(message)
                .serviceName("DynamoDb")
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(error.httpStatus()).build())
                .build());
    return (software.amazon.awssdk.services.dynamodb.model.DynamoDbException) builder.build();
  }

  private static software.amazon.awssdk.services.dynamodb.model.DynamoDbException.Builder sdkBuilder(String type) {
    Class<?> sdkType =
        SDK_TYPES.computeIfAbsent(
            type,
            t -> {
              try {
                Class<?> c = Class.forName(SDK_MODEL_PACKAGE + SDK_CLASS_BY_CODE.getOrDefault(t, t));
                if (software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class.isAssignableFrom(c)) {
                  return c;
                }
              } catch (ClassNotFoundException notInSdk) {
                // e.g. ValidationException: the SDK has no class, only the error code
              }
              return software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class;
            });
    try {
      return (software.amazon.awssdk.services.dynamodb.model.DynamoDbException.Builder)
          sdkType.getMethod("builder").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Keyway's exception for an error an SDK client reported. */
  public static DynamoDbException fromSdk(AwsServiceException error) {
    AwsErrorDetails details = error.awsErrorDetails();
    String code = details == null || details.errorCode() == null ? "InternalServerError" : details.errorCode();
    String message = details == null ? error.getMessage() : details.errorMessage();
    if (error instanceof software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException ccf) {
      return new ConditionalCheckFailedException(
          message == null ? ConditionalCheckFailedException.DEFAULT_MESSAGE : message,
          ccf.hasItem() ? SdkAttributeValues.fromSdk(ccf.item()) : null);
    }
    if (error instanceof software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException tce) {
      List<CancellationReason> reasons = new ArrayList<>();
      if (tce.hasCancellationReasons()) {
        for (software.amazon.awssdk.services.dynamodb.model.CancellationReason r : tce.cancellationReasons()) {
          reasons.add(new CancellationReason(r.code(), r.message(), r.hasItem() ? SdkAttributeValues.fromSdk(r.item()) : null));
        }
      }
      return new TransactionCanceledException(reasons);
    }
    try {
      Class<?> c = Class.forName(KEYWAY_ERROR_PACKAGE + KEYWAY_CLASS_BY_CODE.getOrDefault(code, code));
      if (DynamoDbException.class.isAssignableFrom(c)) {
        Constructor<?> constructor = c.getConstructor(String.class);
        return (DynamoDbException) constructor.newInstance(message);
      }
    } catch (ReflectiveOperationException notAKeywayType) {
      // fall through
    }
    return new AwsServiceError(code, message, error.statusCode());
  }
}
