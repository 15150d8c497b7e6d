package dev.keyway.engine.op.check;

import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.Condition;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.StreamSpecification;
import dev.keyway.ops.Tag;
import java.util.List;
import java.util.Map;

/**
 * Constraints on members inside nested request structures, reported at DynamoDB's paths: list
 * elements are {@code keySchema.1.member}, map values {@code scanFilter.n.member}, so a missing
 * key type reads "Value null at 'keySchema.1.member.keyType' failed to satisfy constraint: Member
 * must not be null". Each method adds to the caller's {@link Errors} so that errors combine.
 */
public final class NestedRules {
  /** The highest capacity DynamoDB accepts in a ProvisionedThroughput (dynalite records it too). */
  private static final long MAX_CAPACITY_UNITS = 1_000_000_000_000L;

  /** Key attribute names (and so attribute definitions) are at most 255 characters. */
  private static final int MAX_KEY_NAME = 255;

  private NestedRules() {}

  /** The path of the {@code index}-th (0-based) element of the list at {@code path}. */
  public static String element(String path, int index) {
    return path + "." + (index + 1) + ".member";
  }

  /** The path of the value under {@code key} in the map at {@code path}. */
  public static String entry(String path, String key) {
    return path + "." + key + ".member";
  }

  /** Both capacities present and at least 1 (write first, as DynamoDB reports them). */
  public static void throughput(Errors errors, ProvisionedThroughput t, String path) {
    if (t == null) {
      return;
    }
    capacity(errors, t.writeCapacityUnits(), path + ".writeCapacityUnits");
    capacity(errors, t.readCapacityUnits(), path + ".readCapacityUnits");
  }

  private static void capacity(Errors errors, Long units, String path) {
    errors.notNull(units, path);
    if (units != null && units < 1) {
      errors.add(units, path, "Member must have value greater than or equal to 1");
    }
  }

  /**
   * "Given value N for ReadCapacityUnits is out of bounds": DynamoDB's answer to capacities above
   * its upper bound, checked after the constraint errors. Null when the throughput is in bounds.
   */
  public static String throughputOutOfBounds(ProvisionedThroughput t) {
    if (t == null) {
      return null;
    }
    if (t.readCapacityUnits() != null && t.readCapacityUnits() > MAX_CAPACITY_UNITS) {
      return "Given value " + t.readCapacityUnits() + " for ReadCapacityUnits is out of bounds";
    }
    if (t.writeCapacityUnits() != null && t.writeCapacityUnits() > MAX_CAPACITY_UNITS) {
      return "Given value " + t.writeCapacityUnits() + " for WriteCapacityUnits is out of bounds";
    }
    return null;
  }

  public static void attributeDefinitions(Errors errors, List<AttributeDefinition> defs, String path) {
    if (defs == null) {
      return;
    }
    for (int i = 0; i < defs.size(); i++) {
      AttributeDefinition d = defs.get(i);
      errors.notNull(d.attributeName(), element(path, i) + ".attributeName");
      errors.length(d.attributeName(), 1, MAX_KEY_NAME, element(path, i) + ".attributeName");
      errors.notNull(d.attributeType(), element(path, i) + ".attributeType");
    }
  }

  /** Length 1 to {@code max} and every element's name and key type present. */
  public static void keySchema(Errors errors, List<KeySchemaElement> keys, int max, String path) {
    if (keys == null) {
      return;
    }
    errors.minLength(keys, 1, path).maxLength(keys, max, path);
    for (int i = 0; i < keys.size(); i++) {
      KeySchemaElement k = keys.get(i);
      errors.notNull(k.attributeName(), element(path, i) + ".attributeName");
      errors.length(k.attributeName(), 1, MAX_KEY_NAME, element(path, i) + ".attributeName");
      errors.notNull(k.keyType(), element(path, i) + ".keyType");
    }
  }

  public static void streamSpecification(Errors errors, StreamSpecification spec, String path) {
    if (spec != null) {
      errors.notNull(spec.streamEnabled(), path + ".streamEnabled");
    }
  }

  /** Every tag has a key and a value (the value may be empty). */
  public static void tags(Errors errors, List<Tag> tags, String path) {
    if (tags == null) {
      return;
    }
    for (int i = 0; i < tags.size(); i++) {
      errors.notNull(tags.get(i).key(), element(path, i) + ".key");
      errors.notNull(tags.get(i).value(), element(path, i) + ".value");
    }
  }

  /** Legacy KeyConditions, QueryFilter and ScanFilter: each condition names its operator. */
  public static void conditions(Errors errors, Map<String, Condition> conditions, String path) {
    if (conditions == null) {
      return;
    }
    for (Map.Entry<String, Condition> e : conditions.entrySet()) {
      errors.notNull(e.getValue().comparisonOperator(),
          entry(path, e.getKey()) + ".comparisonOperator");
    }
  }
}
