package dev.keyway.engine.op.check;

import dev.keyway.engine.index.IndexData;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.Select;
import java.util.Map;

/** Checks Query and Scan share: index, Select, ConsistentRead and ExclusiveStartKey. */
public final class ReadCheck {
  private ReadCheck() {}

  public static IndexData index(Table table, String indexName) {
    if (indexName == null) {
      return null;
    }
    IndexData index = table.index(indexName);
    if (index == null) {
      throw new ValidationException("The table does not have the specified index: " + indexName);
    }
    return index;
  }

  public static void consistentRead(IndexData index, Boolean consistentRead) {
    if (index != null && index.spec().global() && Boolean.TRUE.equals(consistentRead)) {
      throw new ValidationException("Consistent reads are not supported on global secondary indexes");
    }
  }

  public static void select(Select select, String projectionParameter, IndexData index, String indexName) {
    boolean hasProjection = projectionParameter != null;
    if (select == null) {
      return;
    }
    if (hasProjection && select != Select.SPECIFIC_ATTRIBUTES) {
      throw new ValidationException(
          "Cannot specify the " + projectionParameter + " when choosing to get " + select);
    }
    if (select == Select.SPECIFIC_ATTRIBUTES && !hasProjection) {
      throw new ValidationException("Must specify the AttributesToGet or ProjectionExpression when "
          + "choosing to get SPECIFIC_ATTRIBUTES");
    }
    if (select == Select.ALL_PROJECTED_ATTRIBUTES && index == null) {
      throw new ValidationException(
          "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
    }
    if (select == Select.ALL_ATTRIBUTES && index != null && index.spec().global()
        && index.spec().projectionType() != ProjectionType.ALL) {
      throw new ValidationException("One or more parameter values were invalid: Select type "
          + "ALL_ATTRIBUTES is not supported for global secondary index " + indexName
          + " because its projection type is not ALL");
    }
  }

  /**
   * A GSI returns only what it projects; a filter on any index may read only projected attributes.
   */
  public static void projected(IndexData index, KeySpec tableKey,
      dev.keyway.engine.request.ItemProjection projection,
      dev.keyway.engine.request.ItemCondition filter) {
    if (index == null || index.spec().projectionType() == ProjectionType.ALL) {
      return;
    }
    if (projection != null && index.spec().global()) {
      java.util.List<String> missing = missing(index, tableKey, projection.attributeNames());
      if (!missing.isEmpty()) {
        throw new ValidationException("One or more parameter values were invalid: Global "
            + "secondary index " + index.spec().name() + " does not project " + missing);
      }
    }
    if (filter != null) {
      java.util.List<String> missing = missing(index, tableKey, filter.attributeNames());
      if (!missing.isEmpty()) {
        throw new ValidationException("One or more parameter values were invalid: Secondary "
            + "index " + index.spec().name() + " does not project one or more filter attributes: "
            + missing);
      }
    }
  }

  private static java.util.List<String> missing(
      IndexData index, KeySpec tableKey, java.util.Set<String> names) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String name : names) {
      if (!index.spec().projects(name, tableKey)) {
        out.add(name);
      }
    }
    return out;
  }

  /** An ExclusiveStartKey must hold exactly the table key (plus the index key, for indexes). */
  public static void startKey(Table table, IndexData index, Map<String, AttributeValue> start) {
    if (start == null) {
      return;
    }
    KeySpec key = table.key();
    int expected = key.hasRange() ? 2 : 1;
    if (!matches(key, start)) {
      throw invalidStart();
    }
    if (index != null) {
      KeySpec ik = index.spec().key();
      if (!matches(ik, start)) {
        throw invalidStart();
      }
      for (KeySpec.Attribute a : ik.attributes()) {
        if (!key.isKeyAttribute(a.name())) {
          expected++;
        }
      }
    }
    if (start.size() != expected) {
      throw invalidStart();
    }
  }

  private static boolean matches(KeySpec key, Map<String, AttributeValue> start) {
    for (KeySpec.Attribute a : key.attributes()) {
      AttributeValue v = start.get(a.name());
      if (v == null || !KeySpec.hasType(v, a.type())) {
        return false;
      }
    }
    return true;
  }

  private static ValidationException invalidStart() {
    return new ValidationException(
        "The provided starting key is invalid: The provided key element does not match the schema");
  }

  /**
   * A Query's filter may not read an attribute of the key it queries (the table's or the index's):
   * that belongs in the key condition, as DynamoDB requires.
   */
  public static void filterOnKey(
      dev.keyway.engine.request.ItemCondition filter, KeySpec key, String parameter) {
    if (filter == null) {
      return;
    }
    for (String name : new java.util.TreeSet<>(filter.attributeNames())) {
      if (key.isKeyAttribute(name)) {
        throw new ValidationException(parameter
            + " can only contain non-primary key attributes: Primary key attribute: " + name);
      }
    }
  }
}
