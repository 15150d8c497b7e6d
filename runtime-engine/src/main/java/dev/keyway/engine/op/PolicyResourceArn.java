package dev.keyway.engine.op;

import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.error.ValidationException;

/**
 * The ResourceArn of the resource-policy operations: a table's ARN in this engine's partition,
 * region and account. DynamoDB also attaches policies to streams; this engine has none, so a
 * stream ARN names a stream that is not found.
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

  /** A stream ARN of an existing table: ResourceNotFoundException naming the stream. */
  static void requireNoStream(String arn, Table table) {
    int at = arn.indexOf(STREAM);
    if (at >= 0) {
      throw new ResourceNotFoundException("Requested resource not found: Stream: "
          + arn.substring(at + STREAM.length()) + " not found for Table: " + table.name());
    }
  }

  private static ValidationException notDynamoDb(String arn) {
    return new ValidationException(INVALID + "Provided Arn is not a DynamoDB resource arn: " + arn);
  }
}
