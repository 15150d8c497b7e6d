package dev.keyway.processor.emit;

import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.TableModel;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The members DynamoDB's CreateTable request and CloudFormation's {@code AWS::DynamoDB::Table} properties share
 * (AttributeDefinitions, KeySchema, GlobalSecondaryIndexes, LocalSecondaryIndexes, BillingMode,
 * ProvisionedThroughput), written in the documented shape. Every key attribute is a string ({@code S}).
 */
final class TableJson {
  private TableJson() {}

  /** The table's key attributes, then those of its indexes, each once. */
  static Set<String> keyAttributes(TableModel t) {
    Set<String> attributes = new LinkedHashSet<>();
    attributes.add(t.partitionKey());
    if (t.sortKey() != null) {
      attributes.add(t.sortKey());
    }
    for (IndexModel i : t.indexes()) {
      attributes.add(partitionKey(t, i));
      if (i.sortKey() != null) {
        attributes.add(i.sortKey());
      }
    }
    return attributes;
  }

  /** An index's partition key: its own for a global index, the table's for a local one. */
  static String partitionKey(TableModel t, IndexModel i) {
    return i.partitionKey() == null ? t.partitionKey() : i.partitionKey();
  }

  static boolean provisioned(TableModel t) {
    return t.billingMode().equals("PROVISIONED");
  }

  /** Writes the shared members into the object {@code j} has open. */
  static void members(StructuredWriter j, TableModel t) {
    j.key("AttributeDefinitions").open('[');
    for (String a : keyAttributes(t)) {
      j.open('{').field("AttributeName", a).field("AttributeType", "S").close('}');
    }
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
    j.key("KeySchema").open('[');
    j.open('{').field("AttributeName", pk).field("KeyType", "HASH").close('}');
    if (sk != null) {
      j.open('{').field("AttributeName", sk).field("KeyType", "RANGE").close('}');
    }
    j.close(']');
  }

  private static void index(StructuredWriter j, TableModel t, IndexModel i, boolean throughput) {
    j.open('{').field("IndexName", i.name());
    keySchema(j, partitionKey(t, i), i.sortKey());
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
