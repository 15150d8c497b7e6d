package dev.keyway.engine.capacity;

import dev.keyway.engine.storage.TableMeta;
import dev.keyway.error.DynamoDbException;
import dev.keyway.error.ProvisionedThroughputExceededException;
import dev.keyway.error.ThrottlingException;
import dev.keyway.error.ThrottlingReason;
import dev.keyway.ops.BillingMode;
import java.util.List;

/** The error DynamoDB gives for a throttled request, with its ThrottlingReasons. */
final class ThrottleErrors {
  static final String TABLE = "The level of configured provisioned throughput for the table was "
      + "exceeded. Consider increasing your provisioning level with the UpdateTable API.";
  static final String INDEX = "The level of configured provisioned throughput for one or more "
      + "global secondary indexes of the table was exceeded. Consider increasing your provisioning "
      + "level for the under-provisioned global secondary indexes with the UpdateTable API";
  static final String HOT_KEY = "Throughput exceeds the current capacity of your table or index. "
      + "DynamoDB is automatically scaling your table or index so please try again shortly. If "
      + "exceptions persist, check if you have a hot key: "
      + "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html";

  private ThrottleErrors() {}

  static DynamoDbException of(TableMeta meta, ThrottlingReason reason) {
    List<ThrottlingReason> reasons = List.of(reason);
    if (reason.reason().endsWith("KeyRangeThroughputExceeded")
        && meta.billingMode() == BillingMode.PAY_PER_REQUEST) {
      return new ThrottlingException(HOT_KEY, reasons);
    }
    boolean indexWrite = reason.reason().startsWith("IndexWrite");
    return new ProvisionedThroughputExceededException(indexWrite ? INDEX : TABLE, reasons);
  }
}
