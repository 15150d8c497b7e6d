package dev.keyway.engine.storage.durable;

import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.OnDemandThroughput;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.RestoreSummary;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.StreamSpecification;
import dev.keyway.ops.StreamViewType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Binary form of a table's full definition (key schema, attribute definitions, indexes, billing,
 * provisioned throughput or on-demand maximum, stream and its latest label, deletion protection, a restored table's source). Enums are written by name, so reordering their
 * constants never changes what an old file means.
 */
final class MetaCodec {
  private MetaCodec() {}

  static void writeMeta(Encoder out, TableMeta m) {
    out.string(m.name());
    out.string(m.arn());
    out.string(m.id());
    out.i64(m.created().getEpochSecond());
    out.varint(m.created().getNano());
    out.varint(m.attributeDefinitions().size());
    for (AttributeDefinition d : m.attributeDefinitions()) {
      out.string(d.attributeName());
      out.string(d.attributeType().name());
    }
    writeKey(out, m.key());
    writeIndexes(out, m.localIndexes());
    writeIndexes(out, m.globalIndexes());
    out.optString(m.billingMode() == null ? null : m.billingMode().name());
    writeThroughput(out, m.throughput());
    writeOnDemand(out, m.onDemand());
    out.bool(m.stream() != null);
    if (m.stream() != null) {
      writeOptBoolean(out, m.stream().streamEnabled());
      out.optString(m.stream().streamViewType() == null ? null : m.stream().streamViewType().name());
    }
    out.optString(m.streamLabel());
    out.bool(m.deletionProtection());
    writeRestoredFrom(out, m.restoredFrom());
  }

  static TableMeta readMeta(Decoder in) {
    String name = in.string();
    String arn = in.string();
    String id = in.string();
    Instant created = Instant.ofEpochSecond(in.i64(), in.varint());
    int n = in.count();
    List<AttributeDefinition> definitions = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      definitions.add(new AttributeDefinition(in.string(), ScalarAttributeType.valueOf(in.string())));
    }
    KeySpec key = readKey(in);
    List<IndexSpec> lsis = readIndexes(in);
    List<IndexSpec> gsis = readIndexes(in);
    String billing = in.optString();
    ProvisionedThroughput throughput = readThroughput(in);
    OnDemandThroughput onDemand = readOnDemand(in);
    StreamSpecification stream = null;
    if (in.bool()) {
      Boolean enabled = readOptBoolean(in);
      String view = in.optString();
      stream = new StreamSpecification(enabled, view == null ? null : StreamViewType.valueOf(view));
    }
    String streamLabel = in.optString();
    boolean protection = in.bool();
    return new TableMeta(name, arn, id, created, definitions, key, lsis, gsis,
        billing == null ? null : BillingMode.valueOf(billing), throughput, onDemand, stream, streamLabel, protection,
        readRestoredFrom(in));
  }

  /** A restored table's source: a flag, the backup and table ARNs, the time restored to. */
  private static void writeRestoredFrom(Encoder out, RestoreSummary r) {
    out.bool(r != null);
    if (r != null) {
      out.optString(r.sourceBackupArn());
      out.optString(r.sourceTableArn());
      out.i64(r.restoreDateTime().getEpochSecond());
      out.varint(r.restoreDateTime().getNano());
    }
  }

  private static RestoreSummary readRestoredFrom(Decoder in) {
    if (!in.bool()) {
      return null;
    }
    String backup = in.optString();
    String table = in.optString();
    return new RestoreSummary(backup, table, Instant.ofEpochSecond(in.i64(), in.varint()), false);
  }

  static void writeIndex(Encoder out, IndexSpec spec) {
    out.string(spec.name());
    out.bool(spec.global());
    writeKey(out, spec.key());
    out.string(spec.projectionType().name());
    out.varint(spec.nonKeyAttributes().size());
    spec.nonKeyAttributes().forEach(out::string);
    writeThroughput(out, spec.throughput());
    writeOnDemand(out, spec.onDemand());
  }

  static IndexSpec readIndex(Decoder in) {
    String name = in.string();
    boolean global = in.bool();
    KeySpec key = readKey(in);
    ProjectionType projection = ProjectionType.valueOf(in.string());
    int n = in.count();
    List<String> nonKey = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      nonKey.add(in.string());
    }
    ProvisionedThroughput throughput = readThroughput(in);
    return new IndexSpec(name, global, key, projection, nonKey, throughput, readOnDemand(in));
  }

  private static void writeIndexes(Encoder out, List<IndexSpec> specs) {
    out.varint(specs.size());
    specs.forEach(s -> writeIndex(out, s));
  }

  private static List<IndexSpec> readIndexes(Decoder in) {
    int n = in.count();
    List<IndexSpec> specs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      specs.add(readIndex(in));
    }
    return specs;
  }

  /** Hash attributes, then range attributes, each side a count and (name, type) pairs. */
  private static void writeKey(Encoder out, KeySpec key) {
    writeKeySide(out, key.hash());
    writeKeySide(out, key.range());
  }

  private static void writeKeySide(Encoder out, List<KeySpec.Attribute> side) {
    out.varint(side.size());
    for (KeySpec.Attribute a : side) {
      out.string(a.name());
      out.string(a.type().name());
    }
  }

  private static KeySpec readKey(Decoder in) {
    List<KeySpec.Attribute> hash = readKeySide(in);
    return new KeySpec(hash, readKeySide(in));
  }

  private static List<KeySpec.Attribute> readKeySide(Decoder in) {
    int n = in.count();
    List<KeySpec.Attribute> side = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      side.add(new KeySpec.Attribute(in.string(), ScalarAttributeType.valueOf(in.string())));
    }
    return side;
  }

  private static void writeThroughput(Encoder out, ProvisionedThroughput t) {
    out.bool(t != null);
    if (t != null) {
      writeOptLong(out, t.readCapacityUnits());
      writeOptLong(out, t.writeCapacityUnits());
    }
  }

  private static ProvisionedThroughput readThroughput(Decoder in) {
    return in.bool() ? new ProvisionedThroughput(readOptLong(in), readOptLong(in)) : null;
  }

  private static void writeOnDemand(Encoder out, OnDemandThroughput t) {
    out.bool(t != null);
    if (t != null) {
      writeOptLong(out, t.maxReadRequestUnits());
      writeOptLong(out, t.maxWriteRequestUnits());
    }
  }

  private static OnDemandThroughput readOnDemand(Decoder in) {
    return in.bool() ? new OnDemandThroughput(readOptLong(in), readOptLong(in)) : null;
  }

  private static void writeOptLong(Encoder out, Long v) {
    out.bool(v != null);
    if (v != null) {
      out.i64(v);
    }
  }

  private static Long readOptLong(Decoder in) {
    return in.bool() ? in.i64() : null;
  }

  private static void writeOptBoolean(Encoder out, Boolean v) {
    out.u8(v == null ? 2 : v ? 1 : 0);
  }

  private static Boolean readOptBoolean(Decoder in) {
    int b = in.u8();
    return b == 2 ? null : b == 1;
  }
}
