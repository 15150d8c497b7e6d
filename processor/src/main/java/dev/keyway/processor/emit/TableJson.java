package dev.keyway.processor.emit;

import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.TableModel;
import java.util.List;
import java.util.Map;

/**
 * The members DynamoDB's CreateTable request and CloudFormation's {@code AWS::DynamoDB::Table} properties share
 * (AttributeDefinitions, KeySchema, GlobalSecondaryIndexes, LocalSecondaryIndexes, BillingMode,
 * ProvisionedThroughput), written in the documented shape. Template key attributes are strings ({@code S}); a
 * multi-attribute index key lists its HASH then RANGE attributes in order, typed as {@link KeyAttributes} says.
 */
final class TableJson {
  private TableJson() {}

  /** An index's partition key: its own for a global index, the table's for a local one. */
  static String partitionKey(TableModel t, IndexModel i) {
    return i.partitionKey() == null ? t.partitionKey() : i.partitionKey();
  }

  static boolean provisioned(TableModel t) {
    return t.billingMode().equals("PROVISIONED");
  }

  /** Writes the shared members into the object {@code j} has open; {@code keyTypes} from {@link KeyAttributes}. */
  static void members(StructuredWriter j, TableModel t, Map<String, String> keyTypes) {
    j.key("AttributeDefinitions").open('[');
    keyTypes.forEach((a, type) -> j.open('{').field("AttributeName", a).field("AttributeType", type).close('}'));
    j.close(']');
    keySchema(j, t.partitionKey(), t.sortKey());
    if (!t.globalIndexes().isEmpty()) {
      j.key("GlobalSecondaryIndexes").open('[');
      for (IndexModel i : t.globalIndexes()) {
        index(j, t, i, provisioned(t));
      }
      j.close(']');
    }
    if (!t.localIndexes().isEmpty()) {
      j.key("LocalSecondaryIndexes").open('[');
      for (IndexModel i : t.localIndexes()) {
        index(j, t, i, false);
      }
      j.close(']');
    }
    j.field("BillingMode", t.billingMode());
    if (provisioned(t)) {
      throughput(j, t);
    }
  }

  /** CreateTable's StreamSpecification, when the table declares a stream (CloudFormation's has no StreamEnabled). */
  static void streamSpecification(StructuredWriter j, TableModel t) {
    if (t.streamViewType() != null) {
      j.key("StreamSpecification").open('{').bool("StreamEnabled", true).field("StreamViewType", t.streamViewType())
          .close('}');
    }
  }

  private static void keySchema(StructuredWriter j, String pk, String sk) {
    keySchema(j, List.of(pk), sk == null ? List.of() : List.of(sk));
  }

  private static void keySchema(StructuredWriter j, List<String> hash, List<String> range) {
    j.key("KeySchema").open('[');
    hash.forEach(a -> j.open('{').field("AttributeName", a).field("KeyType", "HASH").close('}'));
    range.forEach(a -> j.open('{').field("AttributeName", a).field("KeyType", "RANGE").close('}'));
    j.close(']');
  }

  private static void index(StructuredWriter j, TableModel t, IndexModel i, boolean throughput) {
    j.open('{').field("IndexName", i.name());
    if (i.multiAttribute()) {
      keySchema(j, i.partitionKeys(), i.sortKeys());
    } else {
      keySchema(j, partitionKey(t, i), i.sortKey());
    }
    j.key("Projection").open('{').field("ProjectionType", i.projectionType());
    if (!i.projectedAttributes().isEmpty()) {
      j.key("NonKeyAttributes").open('[');
      i.projectedAttributes().forEach(j::string);
      j.close(']');
    }
    j.close('}');
    if (throughput) {
      throughput(j, t);
    }
    j.close('}');
  }

  private static void throughput(StructuredWriter j, TableModel t) {
    j.key("ProvisionedThroughput").open('{').number("ReadCapacityUnits", t.readCapacity())
        .number("WriteCapacityUnits", t.writeCapacity()).close('}');
  }
}
