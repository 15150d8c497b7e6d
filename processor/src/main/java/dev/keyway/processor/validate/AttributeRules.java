package dev.keyway.processor.validate;

import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.AttrType;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.TableModel;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks an entity's attributes: unique names, {@code @Version} and {@code @Ttl} fields. */
public final class AttributeRules {
  private final Diagnostics diagnostics;

  public AttributeRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The attribute a field is stored in: a {@code @Ttl} field uses the table's TTL attribute. */
  public static String storedName(EntityModel e, FieldModel f) {
    return e.storedName(f);
  }

  public void check(EntityModel e) {
    TableModel t = e.table();
    Map<String, String> used = new LinkedHashMap<>();
    used.put(t.partitionKey(), "the table partition key");
    if (t.sortKey() != null) {
      used.put(t.sortKey(), "the table sort key");
    }
    for (IndexModel i : t.indexes()) {
      if (i.partitionKey() != null) {
        used.putIfAbsent(i.partitionKey(), "the partition key of index \"" + i.name() + "\"");
      }
      if (i.sortKey() != null) {
        used.putIfAbsent(i.sortKey(), "the sort key of index \"" + i.name() + "\"");
      }
    }
    if (t.typeAttribute() != null) {
      used.putIfAbsent(t.typeAttribute(), "the table's type attribute");
    }
    FieldModel version = null;
    FieldModel ttl = null;
    java.util.Map<FieldModel.Stamp, FieldModel> stamps = new java.util.EnumMap<>(FieldModel.Stamp.class);
    for (FieldModel f : e.fields()) {
      if (f.stamp() != FieldModel.Stamp.NONE) {
        checkStamp(e, f, stamps);
      }
      String name = storedName(e, f);
      String owner = used.putIfAbsent(name, "field '" + f.name() + "'");
      if (owner != null) {
        diagnostics.report(Msg.DUPLICATE_ATTRIBUTE, f.place(), name, f.name(), owner);
      }
      if (f.version()) {
        if (version != null) {
          diagnostics.report(Msg.DUPLICATE_MARKER, f.place(), e.className().simpleName(), "Version", version.name(), f.name());
        }
        version = f;
        if (!isKind(f.type(), AttrType.Kind.LONG) && !isKind(f.type(), AttrType.Kind.INT)) {
          diagnostics.report(Msg.VERSION_TYPE, f.place(), f.name(), f.type().typeName());
        }
      }
      if (f.ttl()) {
        if (ttl != null) {
          diagnostics.report(Msg.DUPLICATE_MARKER, f.place(), e.className().simpleName(), "Ttl", ttl.name(), f.name());
        }
        ttl = f;
        if (!isKind(f.type(), AttrType.Kind.LONG) && !isKind(f.type(), AttrType.Kind.INSTANT)) {
          diagnostics.report(Msg.TTL_TYPE, f.place(), f.name(), f.type().typeName());
        } else if (t.ttlAttribute() == null) {
          diagnostics.report(Msg.TTL_WITHOUT_TABLE_ATTRIBUTE, f.place(), f.name(), t.name());
        }
      }
    }
    checkAliases(e, used);
  }

  private void checkStamp(EntityModel e, FieldModel f, Map<FieldModel.Stamp, FieldModel> seen) {
    String marker = f.stamp() == FieldModel.Stamp.CREATED_AT ? "CreatedAt" : "UpdatedAt";
    FieldModel before = seen.putIfAbsent(f.stamp(), f);
    if (before != null) {
      diagnostics.report(Msg.DUPLICATE_MARKER, f.place(), e.className().simpleName(), marker, before.name(), f.name());
    }
    if (!isKind(f.type(), AttrType.Kind.LONG) && !isKind(f.type(), AttrType.Kind.INSTANT)) {
      diagnostics.report(Msg.STAMP_TYPE, f.place(), marker, f.name(), f.type().typeName());
    }
  }

  /** An alias naming the attribute of another field (or a key) would read that value into this field. */
  private void checkAliases(EntityModel e, Map<String, String> used) {
    for (FieldModel f : e.fields()) {
      for (String alias : f.fallback().aliases()) {
        String owner = used.get(alias);
        if (owner != null && !owner.equals("field '" + f.name() + "'")) {
          diagnostics.report(Msg.ALIAS_CONFLICT, f.fallback().aliasesPlace(), alias, f.name(), owner);
        }
      }
    }
  }

  private static boolean isKind(AttrType type, AttrType.Kind kind) {
    return type instanceof AttrType.Scalar s && s.kind() == kind;
  }
}
