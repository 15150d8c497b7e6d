package dev.keyway.engine.op;

import dev.keyway.engine.capacity.OnDemandMaximum;
import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.op.check.OnDemandRules;
import dev.keyway.engine.op.check.CreateTableCheck;
import dev.keyway.engine.op.check.GsiKeySchemaRules;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.GlobalSecondaryIndex;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.LocalSecondaryIndex;
import dev.keyway.ops.OnDemandThroughput;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.RestoreSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The definition of a table made by a restore: the source's key schema and indexes, billing and
 * throughput (on-demand maxima too), with the request's overrides applied. As in DynamoDB, stream, TTL, tags, deletion
 * protection and point-in-time recovery are not carried over; they are set on the new table.
 */
record RestoredTable(
    BillingMode billingOverride,
    ProvisionedThroughput throughputOverride,
    OnDemandThroughput onDemandOverride,
    List<GlobalSecondaryIndex> gsiOverride,
    List<LocalSecondaryIndex> lsiOverride) {

  /** The new table's definition; {@code origin} is what DescribeTable reports as its RestoreSummary. */
  TableMeta meta(TableMeta source, String targetName, Instant now, RestoreSummary origin) {
    List<AttributeDefinition> known = source.attributeDefinitions();
    List<IndexSpec> gsis = source.globalIndexes();
    if (gsiOverride != null) {
      gsis = new ArrayList<>();
      for (GlobalSecondaryIndex g : gsiOverride) {
        GsiKeySchemaRules.check(g.keySchema(), g.indexName());
        gsis.add(new IndexSpec(g.indexName(), true, keySpec(g.keySchema(), known),
            g.projection().projectionType(), g.projection().nonKeyAttributes(),
            g.provisionedThroughput(), OnDemandMaximum.of(g.onDemandThroughput())));
      }
    }
    List<IndexSpec> lsis = source.localIndexes();
    if (lsiOverride != null) {
      lsis = new ArrayList<>();
      for (LocalSecondaryIndex l : lsiOverride) {
        lsis.add(new IndexSpec(l.indexName(), false, keySpec(l.keySchema(), known),
            l.projection().projectionType(), l.projection().nonKeyAttributes(), null, null));
      }
    }
    BillingMode mode = billingOverride != null ? billingOverride
        : source.billingMode() == null ? BillingMode.PROVISIONED : source.billingMode();
    ProvisionedThroughput throughput = mode == BillingMode.PAY_PER_REQUEST ? null
        : throughputOverride != null ? throughputOverride : source.throughput();
    CreateTableCheck.billing(mode, throughput);
    OnDemandRules.create(mode, onDemandOverride);
    OnDemandThroughput maximum = mode != BillingMode.PAY_PER_REQUEST ? null
        : onDemandOverride != null ? OnDemandMaximum.of(onDemandOverride) : source.onDemand();
    List<IndexSpec> billedGsis = new ArrayList<>();
    for (IndexSpec g : gsis) {
      ProvisionedThroughput t = mode == BillingMode.PAY_PER_REQUEST ? null
          : g.throughput() != null ? g.throughput() : throughput;
      billedGsis.add(g.withCapacity(t, mode == BillingMode.PAY_PER_REQUEST ? g.onDemand() : null));
    }
    return new TableMeta(targetName, Catalog.arnOf(targetName), CreateTableOp.tableId(), now,
        usedDefinitions(known, source.key(), lsis, billedGsis), source.key(), lsis, billedGsis,
        mode, throughput, maximum,
        null, null, false, origin);
  }

  /** An override's key, typed by the source's attribute definitions. */
  private static KeySpec keySpec(List<KeySchemaElement> schema, List<AttributeDefinition> known) {
    for (KeySchemaElement e : schema) {
      if (CreateTableOp.typeOf(e.attributeName(), known) == null) {
        throw new ValidationException("One or more parameter values were invalid: Some index key "
            + "attributes are not defined in AttributeDefinitions. Keys: [" + e.attributeName()
            + "], AttributeDefinitions: " + names(known));
      }
    }
    return CreateTableOp.keySpec(schema, known);
  }

  /** CreateTable's rule: the definitions are exactly the attributes keys use. */
  private static List<AttributeDefinition> usedDefinitions(List<AttributeDefinition> known,
      KeySpec key, List<IndexSpec> lsis, List<IndexSpec> gsis) {
    Set<String> used = new LinkedHashSet<>();
    addKey(used, key);
    lsis.forEach(s -> addKey(used, s.key()));
    gsis.forEach(s -> addKey(used, s.key()));
    List<AttributeDefinition> definitions = new ArrayList<>();
    for (AttributeDefinition d : known) {
      if (used.contains(d.attributeName())) {
        definitions.add(d);
      }
    }
    return definitions;
  }

  private static void addKey(Set<String> used, KeySpec key) {
    key.attributes().forEach(a -> used.add(a.name()));
  }

  private static List<String> names(List<AttributeDefinition> definitions) {
    return definitions.stream().map(AttributeDefinition::attributeName).toList();
  }
}
