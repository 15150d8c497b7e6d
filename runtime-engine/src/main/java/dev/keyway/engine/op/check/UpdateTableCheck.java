package dev.keyway.engine.op.check;

import dev.keyway.engine.storage.TableMeta;
import dev.keyway.error.LimitExceededException;
import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateGlobalSecondaryIndexAction;
import dev.keyway.ops.GlobalSecondaryIndexUpdate;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.UpdateTableRequest;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * UpdateTable's validation, complete before anything changes: a request that fails here leaves
 * the table as it was. {@link #check} runs before the table is looked up, {@link #against} with
 * the table's current definition under its schema lock.
 */
public final class UpdateTableCheck {
  private static final String INVALID = "One or more parameter values were invalid: ";

  private UpdateTableCheck() {}

  /** The members' own constraints, gathered as DynamoDB reports them (before anything else). */
  public static Errors constraints(Errors errors, UpdateTableRequest r) {
    NestedRules.attributeDefinitions(errors, r.attributeDefinitions(), "attributeDefinitions");
    errors.tableName(r.tableName(), "tableName");
    NestedRules.throughput(errors, r.provisionedThroughput(), "provisionedThroughput");
    List<GlobalSecondaryIndexUpdate> updates = r.globalSecondaryIndexUpdates();
    if (updates != null) {
      for (int i = 0; i < updates.size(); i++) {
        indexUpdateMembers(errors, updates.get(i),
            NestedRules.element("globalSecondaryIndexUpdates", i));
      }
    }
    NestedRules.streamSpecification(errors, r.streamSpecification(), "streamSpecification");
    ReplicaUpdateRules.members(errors, r.replicaUpdates());
    return errors;
  }

  /** Members present and in range, and the request asks for at least one change. */
  public static void check(UpdateTableRequest r) {
    constraints(Errors.start(), r).throwIfAny();
    List<GlobalSecondaryIndexUpdate> updates = r.globalSecondaryIndexUpdates();
    outOfBounds(r);
    if (r.billingMode() == null && r.provisionedThroughput() == null
        && r.onDemandThroughput() == null
        && updates == null && r.streamSpecification() == null
        && r.deletionProtectionEnabled() == null && r.replicaUpdates() == null) {
      throw new ValidationException("At least one of ProvisionedThroughput, BillingMode, "
          + "UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or "
          + "ReplicaUpdates is required");
    }
    if (updates != null) {
      indexUpdates(updates);
    }
    if (r.replicaUpdates() != null) {
      ReplicaUpdateRules.oneActionEach(r.replicaUpdates());
    }
  }

  private static void indexUpdateMembers(Errors errors, GlobalSecondaryIndexUpdate u, String path) {
    if (u.update() != null) {
      String name = u.update().indexName();
      errors.indexName(name, path + ".update.indexName").notNull(name, path + ".update.indexName");
      if (u.update().onDemandThroughput() == null) {
        errors.notNull(u.update().provisionedThroughput(), path + ".update.provisionedThroughput");
      }
      NestedRules.throughput(errors, u.update().provisionedThroughput(),
          path + ".update.provisionedThroughput");
    }
    if (u.create() != null) {
      CreateGlobalSecondaryIndexAction c = u.create();
      CreateTableCheck.indexMembers(errors, c.indexName(), c.keySchema(),
          GsiKeySchemaRules.MAX_ELEMENTS, c.projection(), path + ".create");
      NestedRules.throughput(errors, c.provisionedThroughput(), path + ".create.provisionedThroughput");
    }
    if (u.delete() != null) {
      String name = u.delete().indexName();
      errors.indexName(name, path + ".delete.indexName").notNull(name, path + ".delete.indexName");
    }
  }

  /** Capacities above DynamoDB's bound, in its words for a table and for an index update. */
  private static void outOfBounds(UpdateTableRequest r) {
    String message = NestedRules.throughputOutOfBounds(r.provisionedThroughput());
    if (message != null) {
      throw new ValidationException(message);
    }
    if (r.globalSecondaryIndexUpdates() != null) {
      for (GlobalSecondaryIndexUpdate u : r.globalSecondaryIndexUpdates()) {
        if (u.update() != null
            && NestedRules.throughputOutOfBounds(u.update().provisionedThroughput()) != null) {
          throw new ValidationException("This operation cannot be performed with given input "
              + "values. Please contact DynamoDB service team for more info: Action Blocked: "
              + "IndexUpdate");
        }
      }
    }
  }

  /** Each update names one action and one index; created indexes are well formed. */
  private static void indexUpdates(List<GlobalSecondaryIndexUpdate> updates) {
    Set<String> names = new HashSet<>();
    for (GlobalSecondaryIndexUpdate u : updates) {
      if (u.update() == null && u.create() == null && u.delete() == null) {
        throw new ValidationException(INVALID + "One of GlobalSecondaryIndexUpdate.Update, "
            + "GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null");
      }
      String name = u.update() != null ? u.update().indexName()
          : u.create() != null ? u.create().indexName() : u.delete().indexName();
      if (!names.add(name)) {
        throw new ValidationException(INVALID + "Only one global secondary index update per index "
            + "is allowed simultaneously. Index: " + name);
      }
      if (u.create() != null) {
        CreateTableCheck.indexShape(u.create().projection());
        GsiKeySchemaRules.check(u.create().keySchema(), name);
      }
    }
  }

  /** Checks against the table's current definition; nothing has changed yet. */
  public static void against(TableMeta meta, UpdateTableRequest r) {
    BillingMode mode = r.billingMode() == null ? meta.billingMode() : r.billingMode();
    if (mode == BillingMode.PAY_PER_REQUEST && r.provisionedThroughput() != null) {
      throw new ValidationException(INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits "
          + "can be specified when BillingMode is PAY_PER_REQUEST");
    }
    if (mode == BillingMode.PROVISIONED && meta.billingMode() == BillingMode.PAY_PER_REQUEST
        && r.provisionedThroughput() == null) {
      throw new ValidationException(INVALID
          + "ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
    }
    if (mode == BillingMode.PROVISIONED && meta.billingMode() == BillingMode.PROVISIONED) {
      unchanged(meta.throughput(), r.provisionedThroughput());
    }
    OnDemandRules.update(mode, r.onDemandThroughput());
    List<GlobalSecondaryIndexUpdate> updates = r.globalSecondaryIndexUpdates();
    if (updates == null) {
      return;
    }
    for (GlobalSecondaryIndexUpdate u : updates) {
      if (u.update() != null) {
        meta.globalIndexes().stream().filter(s -> s.name().equals(u.update().indexName()))
            .findFirst().ifPresent(s -> unchanged(s.throughput(), u.update().provisionedThroughput()));
      }
    }
    long online = updates.stream().filter(u -> u.create() != null || u.delete() != null).count();
    if (online > 1) {
      throw new LimitExceededException("Subscriber limit exceeded: Only 1 online index can be "
          + "created or deleted simultaneously per table");
    }
    Map<String, AttributeDefinition> defs = definitions(meta, r);
    for (GlobalSecondaryIndexUpdate u : updates) {
      if (u.create() != null) {
        create(meta, mode, defs, u.create());
      }
      if (u.delete() != null) {
        requireGlobalIndex(meta, u.delete().indexName());
      }
      if (u.update() != null) {
        requireGlobalIndex(meta, u.update().indexName());
        OnDemandRules.update(mode, u.update().onDemandThroughput());
      }
    }
  }

  /** The table's attribute definitions with the request's added; a changed type is an error. */
  private static Map<String, AttributeDefinition> definitions(TableMeta meta, UpdateTableRequest r) {
    Map<String, AttributeDefinition> defs = new LinkedHashMap<>();
    meta.attributeDefinitions().forEach(d -> defs.put(d.attributeName(), d));
    if (r.attributeDefinitions() != null) {
      for (AttributeDefinition d : r.attributeDefinitions()) {
        AttributeDefinition existing = defs.get(d.attributeName());
        if (existing != null && existing.attributeType() != d.attributeType()) {
          throw new ValidationException(INVALID + "Attribute type of " + d.attributeName()
              + " does not match the existing type");
        }
        defs.put(d.attributeName(), d);
      }
    }
    return defs;
  }

  private static void create(TableMeta meta, BillingMode mode,
      Map<String, AttributeDefinition> defs, CreateGlobalSecondaryIndexAction c) {
    if (meta.index(c.indexName()) != null) {
      throw new ValidationException(INVALID + "Attempting to create an index which already exists");
    }
    if (meta.globalIndexes().size() >= 20) {
      throw new LimitExceededException("Subscriber limit exceeded: The number of global "
          + "secondary indexes exceeds the per-table limit of 20");
    }
    for (KeySchemaElement k : c.keySchema()) {
      if (!defs.containsKey(k.attributeName())) {
        throw new ValidationException(INVALID
            + "Some index key attributes are not defined in AttributeDefinitions. Keys: "
            + c.keySchema().stream().map(KeySchemaElement::attributeName).toList()
            + ", AttributeDefinitions: " + defs.keySet());
      }
    }
    CreateTableCheck.indexThroughput(mode, c.provisionedThroughput(), c.indexName());
    OnDemandRules.create(mode, c.onDemandThroughput());
  }

  /** A throughput change to the values already provisioned is refused, as DynamoDB does. */
  private static void unchanged(ProvisionedThroughput current, ProvisionedThroughput requested) {
    if (current == null || requested == null
        || !current.readCapacityUnits().equals(requested.readCapacityUnits())
        || !current.writeCapacityUnits().equals(requested.writeCapacityUnits())) {
      return;
    }
    throw new ValidationException("The provisioned throughput for the table will not change. The "
        + "requested value equals the current value. Current ReadCapacityUnits provisioned for the "
        + "table: " + current.readCapacityUnits() + ". Requested ReadCapacityUnits: "
        + requested.readCapacityUnits() + ". Current WriteCapacityUnits provisioned for the table: "
        + current.writeCapacityUnits() + ". Requested WriteCapacityUnits: "
        + requested.writeCapacityUnits() + ". Refer to the Amazon DynamoDB Developer Guide for "
        + "current limits and how to request higher limits.");
  }

  private static void requireGlobalIndex(TableMeta meta, String name) {
    if (meta.globalIndexes().stream().noneMatch(s -> s.name().equals(name))) {
      throw new ResourceNotFoundException("Requested resource not found");
    }
  }
}
