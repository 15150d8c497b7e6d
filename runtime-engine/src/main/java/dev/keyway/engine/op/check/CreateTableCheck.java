package dev.keyway.engine.op.check;

import dev.keyway.error.LimitExceededException;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.GlobalSecondaryIndex;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.LocalSecondaryIndex;
import dev.keyway.ops.Projection;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.ProvisionedThroughput;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** CreateTable's validation, in DynamoDB's order. */
public final class CreateTableCheck {
  private CreateTableCheck() {}

  /** The members' own constraints, gathered as DynamoDB reports them (before anything else). */
  public static Errors constraints(Errors errors, CreateTableRequest r) {
    errors.notNull(r.attributeDefinitions(), "attributeDefinitions");
    NestedRules.attributeDefinitions(errors, r.attributeDefinitions(), "attributeDefinitions");
    errors.tableName(r.tableName(), "tableName");
    errors.notNull(r.keySchema(), "keySchema");
    NestedRules.keySchema(errors, r.keySchema(), 2, "keySchema");
    if (r.localSecondaryIndexes() != null) {
      for (int i = 0; i < r.localSecondaryIndexes().size(); i++) {
        LocalSecondaryIndex lsi = r.localSecondaryIndexes().get(i);
        indexMembers(errors, lsi.indexName(), lsi.keySchema(), 2, lsi.projection(),
            NestedRules.element("localSecondaryIndexes", i));
      }
    }
    if (r.globalSecondaryIndexes() != null) {
      for (int i = 0; i < r.globalSecondaryIndexes().size(); i++) {
        GlobalSecondaryIndex gsi = r.globalSecondaryIndexes().get(i);
        String path = NestedRules.element("globalSecondaryIndexes", i);
        indexMembers(errors, gsi.indexName(), gsi.keySchema(), GsiKeySchemaRules.MAX_ELEMENTS,
            gsi.projection(), path);
        NestedRules.throughput(errors, gsi.provisionedThroughput(), path + ".provisionedThroughput");
      }
    }
    NestedRules.throughput(errors, r.provisionedThroughput(), "provisionedThroughput");
    NestedRules.streamSpecification(errors, r.streamSpecification(), "streamSpecification");
    NestedRules.tags(errors, r.tags(), "tags");
    return errors;
  }

  /** The whole request, in DynamoDB's order: constraints first, then the key schema and indexes. */
  public static void check(CreateTableRequest r) {
    constraints(Errors.start(), r).throwIfAny();
    String outOfBounds = NestedRules.throughputOutOfBounds(r.provisionedThroughput());
    if (outOfBounds != null) {
      throw invalid(outOfBounds);
    }

    billing(r.billingMode(), r.provisionedThroughput());
    OnDemandRules.create(mode(r.billingMode()), r.onDemandThroughput());
    keySchema(r.keySchema(), "");
    Set<String> defined = new LinkedHashSet<>();
    for (AttributeDefinition d : r.attributeDefinitions()) {
      if (!defined.add(d.attributeName())) {
        throw invalid("Cannot have two attributes with the same name");
      }
    }
    Set<String> used = new LinkedHashSet<>();
    for (KeySchemaElement k : r.keySchema()) {
      used.add(k.attributeName());
    }
    List<LocalSecondaryIndex> lsis = r.localSecondaryIndexes();
    List<GlobalSecondaryIndex> gsis = r.globalSecondaryIndexes();
    Set<String> indexNames = new HashSet<>();
    if (lsis != null) {
      if (lsis.isEmpty()) {
        throw invalid("One or more parameter values were invalid: List of LocalSecondaryIndexes is empty");
      }
      if (r.keySchema().size() < 2) {
        throw invalid("One or more parameter values were invalid: Table KeySchema does not have a "
            + "range key, which is required when specifying a LocalSecondaryIndex");
      }
      if (lsis.size() > 5) {
        throw invalid("One or more parameter values were invalid: Number of LocalSecondaryIndexes "
            + "exceeds per-table limit of 5");
      }
      for (LocalSecondaryIndex lsi : lsis) {
        indexShape(lsi.projection());
        keySchema(lsi.keySchema(), lsi.indexName());
        if (!indexNames.add(lsi.indexName())) {
          throw invalid("One or more parameter values were invalid: Duplicate index name: "
              + lsi.indexName());
        }
        String tableHash = r.keySchema().get(0).attributeName();
        String indexHash = lsi.keySchema().get(0).attributeName();
        if (lsi.keySchema().size() != 2 || !indexHash.equals(tableHash)) {
          throw invalid("One or more parameter values were invalid: Index KeySchema does not have "
              + "the same leading hash key as table KeySchema for index: " + lsi.indexName()
              + ". index hash key: " + indexHash + ", table hash key: " + tableHash);
        }
        lsi.keySchema().forEach(k -> used.add(k.attributeName()));
      }
    }
    if (gsis != null) {
      if (gsis.isEmpty()) {
        throw invalid("One or more parameter values were invalid: List of GlobalSecondaryIndexes is empty");
      }
      if (gsis.size() > 20) {
        throw new LimitExceededException(
            "Subscriber limit exceeded: The number of global secondary indexes exceeds the "
                + "per-table limit of 20");
      }
      for (GlobalSecondaryIndex gsi : gsis) {
        indexShape(gsi.projection());
        GsiKeySchemaRules.check(gsi.keySchema(), gsi.indexName());
        if (!indexNames.add(gsi.indexName())) {
          throw invalid("One or more parameter values were invalid: Duplicate index name: "
              + gsi.indexName());
        }
        indexThroughput(r.billingMode(), gsi.provisionedThroughput(), gsi.indexName());
        OnDemandRules.create(mode(r.billingMode()), gsi.onDemandThroughput());
        gsi.keySchema().forEach(k -> used.add(k.attributeName()));
      }
    }
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(defined);
    if (!missing.isEmpty()) {
      throw invalid("One or more parameter values were invalid: Some index key attributes are not "
          + "defined in AttributeDefinitions. Keys: " + List.copyOf(used)
          + ", AttributeDefinitions: " + List.copyOf(defined));
    }
    if (!used.containsAll(defined) || defined.size() != used.size()) {
      throw invalid("One or more parameter values were invalid: Number of attributes in KeySchema "
          + "does not exactly match number of attributes defined in AttributeDefinitions");
    }
  }

  /** A request's billing mode; PROVISIONED when it names none. */
  static BillingMode mode(BillingMode requested) {
    return requested == null ? BillingMode.PROVISIONED : requested;
  }

  public static void billing(BillingMode mode, ProvisionedThroughput t) {
    if (mode == BillingMode.PAY_PER_REQUEST) {
      if (t != null) {
        throw invalid("One or more parameter values were invalid: Neither ReadCapacityUnits nor "
            + "WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
      }
    } else if (t == null) {
      throw invalid("No provisioned throughput specified for the table");
    }
  }

  public static void indexThroughput(BillingMode mode, ProvisionedThroughput t, String indexName) {
    if (mode == BillingMode.PAY_PER_REQUEST) {
      if (t != null) {
        throw invalid("One or more parameter values were invalid: ProvisionedThroughput should "
            + "not be specified for index: " + indexName + " when BillingMode is PAY_PER_REQUEST");
      }
    } else if (t == null) {
      throw invalid("One or more parameter values were invalid: ProvisionedThroughput is not "
          + "specified for index: " + indexName);
    }
  }

  /**
   * An index's own members: name, key schema (of at most {@code maxKeys} elements) and projection
   * present, at the index's path.
   */
  public static void indexMembers(Errors errors, String name, List<KeySchemaElement> keySchema,
      int maxKeys, Projection projection, String path) {
    errors.indexName(name, path + ".indexName").notNull(name, path + ".indexName");
    errors.notNull(keySchema, path + ".keySchema");
    NestedRules.keySchema(errors, keySchema, maxKeys, path + ".keySchema");
    errors.notNull(projection, path + ".projection");
  }

  /** The projection's type and non-key attributes agree (members were checked present). */
  public static void indexShape(Projection projection) {
    ProjectionType type = projection.projectionType();
    List<String> nonKey = projection.nonKeyAttributes();
    if (type == null) {
      throw invalid("One or more parameter values were invalid: Unknown ProjectionType: null");
    }
    if (type == ProjectionType.INCLUDE) {
      if (nonKey == null || nonKey.isEmpty()) {
        throw invalid("One or more parameter values were invalid: NonKeyAttributes must not be "
            + "empty when ProjectionType is INCLUDE");
      }
    } else if (nonKey != null) {
      throw invalid("One or more parameter values were invalid: ProjectionType is " + type
          + ", but NonKeyAttributes is specified");
    }
  }

  /** A table or index key schema: HASH first, optional RANGE second, distinct names. */
  public static void keySchema(List<KeySchemaElement> keySchema, String indexName) {
    if (keySchema.isEmpty() || keySchema.size() > 2) {
      throw invalid("1 validation error detected: Value '" + keySchema + "' at 'keySchema' failed "
          + "to satisfy constraint: Member must have length less than or equal to 2");
    }
    if (keySchema.get(0).keyType() != KeyType.HASH) {
      throw invalid("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    }
    if (keySchema.size() == 2) {
      if (keySchema.get(1).keyType() != KeyType.RANGE) {
        throw invalid("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
      }
      if (keySchema.get(0).attributeName().equals(keySchema.get(1).attributeName())) {
        throw invalid("Both the Hash Key and the Range Key element in the KeySchema have the same name");
      }
    }
  }

  static ValidationException invalid(String message) {
    return new ValidationException(message);
  }
}
