package dev.keyway.processor.validate;

import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.IndexKeyModel;
import dev.keyway.processor.model.KeyTemplate;
import dev.keyway.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-table safety. Field values never contain the separator {@code #} (it is escaped), so a key
 * is a fixed number of {@code #}-separated segments; two templates can produce the same key only if
 * they have as many segments and each pair of segments can match (equal literals, or literal prefixes
 * and suffixes that agree around placeholders). The check is conservative: when unsure, it reports.
 */
public final class CollisionRules {
  private final Diagnostics diagnostics;

  public CollisionRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Checks {@code e} against entities of the same table checked before it. */
  public void check(EntityModel e, List<EntityModel> earlier) {
    TableModel t = e.table();
    for (EntityModel other : earlier) {
      if (!other.table().className().equals(t.className()) || other.className().equals(e.className())) {
        continue;
      }
      if (other.typeName().equals(e.typeName())) {
        diagnostics.report(Msg.DUPLICATE_TYPE_NAME, TableRules.at(e.place(), "type"), e.typeName(),
            other.className().simpleName(), t.name());
      }
      encodings(t, e, other);
      if (mayOverlap(e.pk(), other.pk()) && mayOverlap(e.sk(), other.sk())) {
        diagnostics.report(Msg.KEY_COLLISION, e.pk().place(), e.className().simpleName(), e.pk().raw(),
            e.sk() == null ? "" : e.sk().raw(), other.className().simpleName(), other.pk().raw(),
            other.sk() == null ? "" : other.sk().raw(), t.name(),
            e.className().simpleName().toUpperCase(java.util.Locale.ROOT));
        continue;
      }
      if (t.typeAttribute() != null) {
        continue;
      }
      if (mayOverlap(e.pk(), other.pk())) {
        sharedPartition(t, e, other, e.sk(), other.sk());
      }
      for (IndexKeyModel mine : e.indexKeys()) {
        for (IndexKeyModel theirs : other.indexKeys()) {
          if (!mine.index().equals(theirs.index())) {
            continue;
          }
          KeyTemplate myPk = mine.pk() != null ? mine.pk() : e.pk();
          KeyTemplate theirPk = theirs.pk() != null ? theirs.pk() : other.pk();
          if (mayOverlap(myPk, theirPk) && mayOverlap(mine.sk(), theirs.sk())) {
            diagnostics.report(Msg.INDEX_TYPES_INDISTINCT, mine.place(), mine.index(), e.className().simpleName(),
                other.className().simpleName(), t.name());
          }
        }
      }
    }
  }

  /**
   * Same-named fields at the same position of templates that can share a key space (the partition key
   * templates may overlap; for sort keys, also the segments before the field) must be encoded alike.
   */
  private void encodings(TableModel t, EntityModel e, EntityModel other) {
    String table = "table \"" + t.name() + "\"";
    if (mayOverlap(e.pk(), other.pk())) {
      compare(e, other, e.pk(), other.pk(), table, e.pk().place());
      if (e.sk() != null && other.sk() != null) {
        compare(e, other, e.sk(), other.sk(), "a partition of " + table, e.sk().place());
      }
    }
    for (IndexKeyModel mine : e.indexKeys()) {
      for (IndexKeyModel theirs : other.indexKeys()) {
        if (!mine.index().equals(theirs.index())) {
          continue;
        }
        KeyTemplate myPk = mine.pk() != null ? mine.pk() : e.pk();
        KeyTemplate theirPk = theirs.pk() != null ? theirs.pk() : other.pk();
        String index = "index \"" + mine.index() + "\"";
        if (mayOverlap(myPk, theirPk)) {
          if (mine.pk() != null && theirs.pk() != null) {
            compare(e, other, myPk, theirPk, index, mine.place());
          }
          if (mine.sk() != null && theirs.sk() != null) {
            compare(e, other, mine.sk(), theirs.sk(), "a partition of " + index, mine.place());
          }
        }
      }
    }
  }

  private void compare(EntityModel e, EntityModel other, KeyTemplate mine, KeyTemplate theirs, String space,
      dev.keyway.processor.model.Place place) {
    List<List<KeyTemplate.Part>> sa = segments(mine);
    List<List<KeyTemplate.Part>> sb = segments(theirs);
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (int i = 0; i < Math.min(sa.size(), sb.size()); i++) {
      for (KeyTemplate.Part pa : sa.get(i)) {
        if (!(pa instanceof KeyTemplate.FieldRef ra)) {
          continue;
        }
        for (KeyTemplate.Part pb : sb.get(i)) {
          if (pb instanceof KeyTemplate.FieldRef rb && rb.field().equals(ra.field())) {
            String ea = encoding(e, ra);
            String eb = encoding(other, rb);
            if (ea != null && eb != null && !ea.equals(eb) && reported.add(ra.field())) {
              diagnostics.report(Msg.KEY_ENCODING_MISMATCH, place, ra.field(), ea, mine.raw(),
                  e.className().simpleName(), eb, theirs.raw(), other.className().simpleName(), space, ra.field(),
                  ra.field());
            }
          }
        }
      }
      if (!segmentsMayMatch(sa.get(i), sb.get(i))) {
        return; // later segments never share an ordering
      }
    }
  }

  /** How a key field is written, e.g. "a number zero-padded to 10 digits"; null when unknown. */
  static String encoding(EntityModel e, KeyTemplate.FieldRef ref) {
    dev.keyway.processor.model.FieldModel f = e.field(ref.field()).orElse(null);
    if (f == null) {
      return null;
    }
    dev.keyway.processor.model.AttrType t = f.type();
    if (t instanceof dev.keyway.processor.model.AttrType.EnumType) {
      return "an enum constant name";
    }
    if (t instanceof dev.keyway.processor.model.AttrType.Converted c) {
      return "the output of " + c.converter().simpleName();
    }
    if (!(t instanceof dev.keyway.processor.model.AttrType.Scalar s)) {
      return null;
    }
    switch (s.kind()) {
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
        int width = ref.width() != null ? ref.width() : s.kind() == dev.keyway.processor.model.AttrType.Kind.BYTE ? 3
            : s.kind() == dev.keyway.processor.model.AttrType.Kind.SHORT ? 5
            : s.kind() == dev.keyway.processor.model.AttrType.Kind.INT ? 10 : 19;
        return "a number zero-padded to " + width + " digits";
      case BIG_INTEGER:
        return ref.width() != null ? "a number zero-padded to " + ref.width() + " digits" : "a plain number";
      case FLOAT:
      case DOUBLE:
      case BIG_DECIMAL:
        return "a plain number";
      case INSTANT:
        return "an ISO-8601 instant";
      case LOCAL_DATE:
        return "an ISO-8601 date";
      case LOCAL_DATE_TIME:
        return "an ISO-8601 date-time";
      case UUID:
        return "a UUID";
      case STRING:
        return "text";
      default:
        return null;
    }
  }

  /** Without a type attribute, a query tells types apart only by a literal sort-key prefix. */
  private void sharedPartition(TableModel t, EntityModel e, EntityModel other, KeyTemplate mine, KeyTemplate theirs) {
    EntityModel offender = mine != null && mine.leadingLiteral().isEmpty() ? e
        : theirs != null && theirs.leadingLiteral().isEmpty() ? other : null;
    if (offender == null) {
      return;
    }
    EntityModel victim = offender == e ? other : e;
    String name = offender.className().simpleName();
    diagnostics.report(Msg.PARTITION_TYPES_INDISTINCT, offender == e ? e.sk().place() : e.pk().place(),
        e.className().simpleName(), other.className().simpleName(), t.name(), offender.sk().raw(), name, name,
        victim.className().simpleName(), name.toUpperCase(java.util.Locale.ROOT));
  }

  /** Whether two templates can render to the same string; null (absent) matches only null. */
  public static boolean mayOverlap(KeyTemplate a, KeyTemplate b) {
    if (a == null || b == null) {
      return a == b;
    }
    List<List<KeyTemplate.Part>> sa = segments(a);
    List<List<KeyTemplate.Part>> sb = segments(b);
    if (sa.size() != sb.size()) {
      return false;
    }
    for (int i = 0; i < sa.size(); i++) {
      if (!segmentsMayMatch(sa.get(i), sb.get(i))) {
        return false;
      }
    }
    return true;
  }

  static List<List<KeyTemplate.Part>> segments(KeyTemplate t) {
    List<List<KeyTemplate.Part>> out = new ArrayList<>();
    List<KeyTemplate.Part> current = new ArrayList<>();
    for (KeyTemplate.Part p : t.parts()) {
      if (p instanceof KeyTemplate.Literal l) {
        String[] pieces = l.text().split("#", -1);
        for (int i = 0; i < pieces.length; i++) {
          if (i > 0) {
            out.add(current);
            current = new ArrayList<>();
          }
          if (!pieces[i].isEmpty()) {
            current.add(new KeyTemplate.Literal(pieces[i]));
          }
        }
      } else {
        current.add(p);
      }
    }
    out.add(current);
    return out;
  }

  private static boolean segmentsMayMatch(List<KeyTemplate.Part> a, List<KeyTemplate.Part> b) {
    boolean aLiteral = a.stream().allMatch(KeyTemplate.Literal.class::isInstance);
    boolean bLiteral = b.stream().allMatch(KeyTemplate.Literal.class::isInstance);
    String aPrefix = edge(a, true);
    String bPrefix = edge(b, true);
    if (aLiteral && bLiteral) {
      return aPrefix.equals(bPrefix);
    }
    String aSuffix = edge(a, false);
    String bSuffix = edge(b, false);
    return (aPrefix.startsWith(bPrefix) || bPrefix.startsWith(aPrefix))
        && (aSuffix.endsWith(bSuffix) || bSuffix.endsWith(aSuffix));
  }

  /** The literal text at the start (or end) of a segment. */
  private static String edge(List<KeyTemplate.Part> segment, boolean start) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < segment.size(); i++) {
      KeyTemplate.Part p = segment.get(start ? i : segment.size() - 1 - i);
      if (!(p instanceof KeyTemplate.Literal l)) {
        break;
      }
      if (start) {
        out.append(l.text());
      } else {
        out.insert(0, l.text());
      }
    }
    return out.toString();
  }
}
