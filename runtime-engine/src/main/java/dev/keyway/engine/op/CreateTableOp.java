package dev.keyway.engine.op;

import dev.keyway.engine.capacity.OnDemandMaximum;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.op.check.CreateTableCheck;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.engine.storage.TablePolicy;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.CreateTableResponse;
import dev.keyway.ops.GlobalSecondaryIndex;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.LocalSecondaryIndex;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.TableStatus;
import dev.keyway.ops.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** CreateTable: tables are ACTIVE as soon as they are created. */
public final class CreateTableOp {
  private final Committer committer;
  private final Clock clock;
  private final ResourcePolicyOp resourcePolicies;

  public CreateTableOp(Committer committer, Clock clock, ResourcePolicyOp resourcePolicies) {
    this.committer = committer;
    this.clock = clock;
    this.resourcePolicies = resourcePolicies;
  }

  /**
   * A random (version 4) UUID for TableId. It identifies, it protects nothing, so it comes from
   * ThreadLocalRandom: {@code UUID.randomUUID()} would initialise SecureRandom and the security
   * providers (tens of milliseconds) on the first CreateTable.
   */
  static String tableId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
    return new UUID(msb, lsb).toString();
  }

  public CreateTableResponse execute(CreateTableRequest r) {
    CreateTableCheck.check(r);
    StreamSettings.check(r.streamSpecification());
    TablePolicy policy = r.resourcePolicy() == null ? null : resourcePolicies.forNewTable(r.resourcePolicy());
    TableMeta meta = meta(r);
    Map<String, String> tags = new LinkedHashMap<>();
    if (r.tags() != null) {
      for (Tag tag : r.tags()) {
        tags.put(tag.key(), tag.value());
      }
    }
    Table table = committer.createTable(meta, tags, policy);
    return new CreateTableResponse(TableDescriber.describe(table, TableStatus.ACTIVE));
  }

  /** The definition of a new table from a request that passed {@link CreateTableCheck}. */
  TableMeta meta(CreateTableRequest r) {
    List<AttributeDefinition> defs = r.attributeDefinitions();
    KeySpec key = keySpec(r.keySchema(), defs);
    List<IndexSpec> lsis = new ArrayList<>();
    if (r.localSecondaryIndexes() != null) {
      for (LocalSecondaryIndex lsi : r.localSecondaryIndexes()) {
        lsis.add(new IndexSpec(lsi.indexName(), false, keySpec(lsi.keySchema(), defs),
            lsi.projection().projectionType(), lsi.projection().nonKeyAttributes(), null, null));
      }
    }
    List<IndexSpec> gsis = new ArrayList<>();
    if (r.globalSecondaryIndexes() != null) {
      for (GlobalSecondaryIndex gsi : r.globalSecondaryIndexes()) {
        gsis.add(new IndexSpec(gsi.indexName(), true, keySpec(gsi.keySchema(), defs),
            gsi.projection().projectionType(), gsi.projection().nonKeyAttributes(),
            gsi.provisionedThroughput(), OnDemandMaximum.of(gsi.onDemandThroughput())));
      }
    }
    BillingMode mode = r.billingMode() == null ? BillingMode.PROVISIONED : r.billingMode();
    String name = Catalog.nameOf(r.tableName());
    Instant now = clock.instant();
    return new TableMeta(name, Catalog.arnOf(name),
        tableId(), now, defs, key, lsis, gsis, mode, r.provisionedThroughput(),
        OnDemandMaximum.of(r.onDemandThroughput()),
        r.streamSpecification(), StreamSettings.label(r.streamSpecification(), now),
        Boolean.TRUE.equals(r.deletionProtectionEnabled()), null);
  }

  static KeySpec keySpec(List<KeySchemaElement> schema, List<AttributeDefinition> defs) {
    List<KeySpec.Attribute> hash = new ArrayList<>(1);
    List<KeySpec.Attribute> range = new ArrayList<>(1);
    for (KeySchemaElement k : schema) {
      KeySpec.Attribute a = new KeySpec.Attribute(k.attributeName(), typeOf(k.attributeName(), defs));
      (k.keyType() == KeyType.HASH ? hash : range).add(a);
    }
    return new KeySpec(hash, range);
  }

  static ScalarAttributeType typeOf(String name, List<AttributeDefinition> defs) {
    for (AttributeDefinition d : defs) {
      if (d.attributeName().equals(name)) {
        return d.attributeType();
      }
    }
    return null;
  }
}
