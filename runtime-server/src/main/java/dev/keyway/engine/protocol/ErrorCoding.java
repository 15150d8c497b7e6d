package dev.keyway.engine.protocol;

import java.util.Set;

/**
 * The {@code __type} namespaces and message member names DynamoDB uses in error bodies. Errors
 * raised by the service framework before an operation runs (serialization, authentication,
 * unknown operation) use {@code com.amazon.coral.service#}, validation errors
 * {@code com.amazon.coral.validate#}, and the rest the API namespace; SerializationException
 * spells its message member {@code Message}. Clients read the part after {@code #} and accept
 * either spelling of the message.
 */
final class ErrorCoding {
  private static final Set<String> SERVICE_ERRORS =
      Set.of(
          "SerializationException",
          "UnknownOperationException",
          "MissingAuthenticationTokenException",
          "UnrecognizedClientException",
          "InvalidSignatureException",
          "IncompleteSignatureException",
          "AccessDeniedException",
          "RequestEntityTooLargeException");

  private ErrorCoding() {}

  static String qualifiedType(String errorType, String apiQualified) {
    if (SERVICE_ERRORS.contains(errorType)) {
      return "com.amazon.coral.service#" + errorType;
    }
    if (errorType.equals("ValidationException")) {
      return "com.amazon.coral.validate#ValidationException";
    }
    return apiQualified;
  }

  static String messageMember(String errorType) {
    return errorType.equals("SerializationException") ? "Message" : "message";
  }
}
