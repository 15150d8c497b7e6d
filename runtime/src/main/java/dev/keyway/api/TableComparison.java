package dev.keyway.api;

import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.GlobalSecondaryIndexDescription;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.LocalSecondaryIndexDescription;
import dev.keyway.ops.Projection;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.StreamSpecification;
import dev.keyway.ops.TableDescription;
import dev.keyway.ops.TimeToLiveDescription;
import dev.keyway.ops.TimeToLiveStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares a described table with its {@link TableDefinition}: key schema and key attribute types, every
 * global and local secondary index (present, key schema, projection), time to live and a declared stream.
 * Billing and capacity are left alone: operators change them on live tables. So is a stream the model does not
 * declare: one is often enabled for a consumer deployed beside the application.
 */
final class TableComparison {
  private final TableDefinition model;
  private final List<String> differences = new ArrayList<>();

  private TableComparison(TableDefinition model) {
    this.model = model;
  }

  /** Every difference, in a stable order; empty when the table matches. {@code ttl} may be null. */
  static List<String> differences(TableDefinition model, TableDescription table, TimeToLiveDescription ttl) {
    TableComparison c = new TableComparison(model);
    c.keys("table", table.keySchema(), model.partitionKey(), model.sortKey());
    c.attributeTypes(table.attributeDefinitions());
    c.globalIndexes(table.globalSecondaryIndexes());
    c.localIndexes(table.localSecondaryIndexes());
    c.timeToLive(ttl);
    c.stream(table.streamSpecification());
    return List.copyOf(c.differences);
  }

  private void keys(String where, List<KeySchemaElement> actual, String partitionKey, String sortKey) {
    String hash = keyAttribute(actual, KeyType.HASH);
    String range = keyAttribute(actual, KeyType.RANGE);
    if (!Objects.equals(hash, partitionKey)) {
      differences.add(where + " partition key is " + describe(hash) + ", the model declares " + describe(partitionKey));
    }
    if (!Objects.equals(range, sortKey)) {
      differences.add(where + " sort key is " + describe(range) + ", the model declares " + describe(sortKey));
    }
  }

  private void attributeTypes(List<AttributeDefinition> definitions) {
    if (definitions == null) {
      return;
    }
    for (AttributeDefinition d : definitions) {
      ScalarAttributeType declared = model.keyAttributeTypes().get(d.attributeName());
      if (declared != null && d.attributeType() != declared) {
        differences.add("key attribute '" + d.attributeName() + "' has type " + d.attributeType()
            + ", the model stores it as " + declared + " (" + TYPE_NAMES.get(declared) + ")");
      }
    }
  }

  private void globalIndexes(List<GlobalSecondaryIndexDescription> actual) {
    Map<String, GlobalSecondaryIndexDescription> byName = new LinkedHashMap<>();
    if (actual != null) {
      actual.forEach(i -> byName.put(i.indexName(), i));
    }
    for (TableDefinition.Index i : model.globalIndexes()) {
      GlobalSecondaryIndexDescription found = byName.remove(i.name());
      if (found == null) {
        differences.add("global secondary index '" + i.name() + "' is missing");
      } else {
        index("global secondary index '" + i.name() + "'", i, found.keySchema(), found.projection());
      }
    }
    byName.keySet().forEach(n -> differences.add("global secondary index '" + n + "' is not in the model"));
  }

  private void localIndexes(List<LocalSecondaryIndexDescription> actual) {
    Map<String, LocalSecondaryIndexDescription> byName = new LinkedHashMap<>();
    if (actual != null) {
      actual.forEach(i -> byName.put(i.indexName(), i));
    }
    for (TableDefinition.Index i : model.localIndexes()) {
      LocalSecondaryIndexDescription found = byName.remove(i.name());
      if (found == null) {
        differences.add("local secondary index '" + i.name() + "' is missing (local indexes can only be added "
            + "when the table is created)");
      } else {
        index("local secondary index '" + i.name() + "'", i, found.keySchema(), found.projection());
      }
    }
    byName.keySet().forEach(n -> differences.add("local secondary index '" + n + "' is not in the model"));
  }

  private static final Map<ScalarAttributeType, String> TYPE_NAMES = Map.of(ScalarAttributeType.S, "string",
      ScalarAttributeType.N, "number", ScalarAttributeType.B, "binary");

  private void index(String where, TableDefinition.Index i, List<KeySchemaElement> keySchema, Projection projection) {
    if (i.multiAttribute()) {
      multiAttributeKeys(where, keySchema, i);
    } else {
      keys(where, keySchema, i.partitionKey(), i.sortKey());
    }
    ProjectionType type = projection == null || projection.projectionType() == null ? null
        : projection.projectionType();
    if (type == null || !type.name().equals(i.projection())) {
      differences.add(where + " projects " + (type == null ? "nothing" : type.name()) + ", the model declares "
          + i.projection());
      return;
    }
    if (type == ProjectionType.INCLUDE) {
      TreeSet<String> actual = new TreeSet<>(projection.nonKeyAttributes() == null ? List.of()
          : projection.nonKeyAttributes());
      TreeSet<String> declared = new TreeSet<>(i.attributes());
      if (!actual.equals(declared)) {
        differences.add(where + " includes " + actual + ", the model declares " + declared);
      }
    }
  }

  /** A multi-attribute key: the same HASH then RANGE attributes in the same order. */
  private void multiAttributeKeys(String where, List<KeySchemaElement> actual, TableDefinition.Index i) {
    List<String> hash = keyAttributes(actual, KeyType.HASH);
    List<String> range = keyAttributes(actual, KeyType.RANGE);
    List<String> declaredHash = i.partitionKeys().stream().map(TableDefinition.KeyAttribute::name).toList();
    List<String> declaredRange = i.sortKeys().stream().map(TableDefinition.KeyAttribute::name).toList();
    if (!hash.equals(declaredHash)) {
      differences.add(where + " partition key attributes are " + hash + ", the model declares " + declaredHash);
    }
    if (!range.equals(declaredRange)) {
      differences.add(where + " sort key attributes are " + range + ", the model declares " + declaredRange);
    }
  }

  private static List<String> keyAttributes(List<KeySchemaElement> schema, KeyType type) {
    return schema == null ? List.of()
        : schema.stream().filter(k -> k.keyType() == type).map(KeySchemaElement::attributeName).toList();
  }

  private void timeToLive(TimeToLiveDescription ttl) {
    TimeToLiveStatus status = ttl == null ? null : ttl.timeToLiveStatus();
    boolean enabled = status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING;
    String attribute = enabled ? ttl.attributeName() : null;
    if (model.ttlAttribute() == null && attribute != null) {
      differences.add("time to live is enabled on '" + attribute + "', the model declares none");
    } else if (model.ttlAttribute() != null && attribute == null) {
      differences.add("time to live is " + (status == null ? "DISABLED" : status) + ", the model expires items by '"
          + model.ttlAttribute() + "'");
    } else if (model.ttlAttribute() != null && !model.ttlAttribute().equals(attribute)) {
      differences.add("time to live uses '" + attribute + "', the model declares '" + model.ttlAttribute() + "'");
    }
  }

  private void stream(StreamSpecification stream) {
    if (model.streamViewType() == null) {
      return;
    }
    boolean enabled = stream != null && Boolean.TRUE.equals(stream.streamEnabled());
    if (!enabled) {
      differences.add("the table has no stream, the model declares one with " + model.streamViewType());
    } else if (!model.streamViewType().equals(stream.streamViewType().name())) {
      differences.add("the table's stream keeps " + stream.streamViewType() + ", the model declares "
          + model.streamViewType());
    }
  }

  private static String keyAttribute(List<KeySchemaElement> schema, KeyType type) {
    if (schema == null) {
      return null;
    }
    return schema.stream().filter(k -> k.keyType() == type).map(KeySchemaElement::attributeName).findFirst()
        .orElse(null);
  }

  private static String describe(String name) {
    return name == null ? "absent" : "'" + name + "'";
  }
}
