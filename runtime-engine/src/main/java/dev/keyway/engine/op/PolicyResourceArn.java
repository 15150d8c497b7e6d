package dev.keyway.engine.op;

import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.error.ValidationException;

/**
 * The ResourceArn of the resource-policy operations: the ARN of a table, or of one of its streams
 * ({@code .../table/NAME/stream/LABEL}), in this engine's partition, region and account.
 */
final class PolicyResourceArn {
  private static final String INVALID = "One or more parameter values were invalid: ";
  private static final String STREAM = "/stream/";

  private PolicyResourceArn() {}

  /** The table the ARN names, or DynamoDB's ValidationException for an ARN it does not accept. */
  static String tableName(String arn) {
    if (!arn.startsWith("arn:")) {
      throw new ValidationException(INVALID + "ARNs must start with 'arn:': " + arn);
    }
    String[] parts = arn.split(":", 6);
    if (parts.length < 6 || !parts[2].equals("dynamodb") || !parts[5].startsWith("table/")) {
      throw notDynamoDb(arn);
    }
    if (!parts[1].equals("aws") || !parts[3].equals(Catalog.REGION)) {
      throw new ValidationException(INVALID + "Invalid resource Arn: " + arn);
    }
    if (!parts[4].equals(Catalog.ACCOUNT)) {
      throw new ValidationException(
          "This action is only supported by accounts that match the resource owner\u2019s account.");
    }
    String resource = parts[5].substring("table/".length());
    int slash = resource.indexOf('/');
    String name = slash < 0 ? resource : resource.substring(0, slash);
    String rest = slash < 0 ? "" : resource.substring(slash);
    if (name.isEmpty()) {
      throw notDynamoDb(arn);
    }
    if (rest.startsWith("/index/")) {
      throw new ValidationException(INVALID + "Invalid resource arn provided, only table or stream"
          + " is accepted. Provided resource arn: " + arn);
    }
    if (!rest.isEmpty() && !(rest.startsWith(STREAM) && rest.length() > STREAM.length())) {
      throw notDynamoDb(arn);
    }
    return name;
  }

  /** The stream label of a stream ARN that {@link #tableName} accepted, or null for a table ARN. */
  static String streamLabel(String arn) {
    int at = arn.indexOf(STREAM);
    return at < 0 ? null : arn.substring(at + STREAM.length());
  }

  /** DynamoDB's answer for a stream label the table does not have (any longer). */
  static ResourceNotFoundException streamNotFound(String label, Table table) {
    return new ResourceNotFoundException(
        "Requested resource not found: Stream: " + label + " not found for Table: " + table.name());
  }

  private static ValidationException notDynamoDb(String arn) {
    return new ValidationException(INVALID + "Provided Arn is not a DynamoDB resource arn: " + arn);
  }
}
