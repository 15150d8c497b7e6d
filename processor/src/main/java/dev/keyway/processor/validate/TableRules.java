package dev.keyway.processor.validate;

import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.extract.Annotations;
import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.Place;
import dev.keyway.processor.model.TableModel;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;

/** Checks one {@code @Table}: names, index limits, local-index and projection rules. */
public final class TableRules {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");
  private final Diagnostics diagnostics;

  public TableRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public void check(TableModel t) {
    Place p = t.place();
    if (p.element().getKind() != ElementKind.INTERFACE) {
      diagnostics.report(Msg.TABLE_NOT_INTERFACE, p, p.element().getSimpleName(),
          p.element().getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
          p.element().getSimpleName());
    }
    if (!NAME.matcher(t.name()).matches()) {
      diagnostics.report(Msg.TABLE_NAME_INVALID, at(p, "name"), "Table name", t.name());
    }
    if (t.partitionKey().isEmpty()) {
      diagnostics.report(Msg.KEY_ATTRIBUTE_EMPTY, at(p, "partitionKey"), "@Table partitionKey", "PK");
    }
    if (t.globalIndexes().size() > 20) {
      diagnostics.report(Msg.TOO_MANY_GSIS, at(p, "globalIndexes"), t.name(), t.globalIndexes().size(),
          t.globalIndexes().size() - 20);
    }
    if (t.localIndexes().size() > 5) {
      diagnostics.report(Msg.TOO_MANY_LSIS, at(p, "localIndexes"), t.name(), t.localIndexes().size(),
          t.localIndexes().size() - 5);
    }
    Set<String> names = new HashSet<>();
    for (IndexModel index : t.indexes()) {
      index(t, index, names);
    }
    if (t.ttlAttribute() != null && (t.ttlAttribute().equals(t.partitionKey()) || t.ttlAttribute().equals(t.sortKey()))) {
      diagnostics.report(Msg.TTL_ATTRIBUTE_IS_KEY, at(p, "ttlAttribute"), t.ttlAttribute(), t.name());
    }
  }

  /** A table name belongs to one {@code @Table}: its definition and exports are written under that name. */
  public void checkUnique(TableModel t, Collection<TableModel> earlier) {
    earlier.stream().filter(other -> other.name().equals(t.name())).findFirst().ifPresent(first ->
        diagnostics.report(Msg.DUPLICATE_TABLE_NAME, at(t.place(), "name"), t.name(),
            first.className().canonicalName(), t.className().simpleName(), first.className().simpleName()));
  }

  private void index(TableModel t, IndexModel index, Set<String> names) {
    Place p = index.place();
    if (!NAME.matcher(index.name()).matches()) {
      diagnostics.report(Msg.TABLE_NAME_INVALID, at(p, "name"), "Index name", index.name());
    } else if (!names.add(index.name())) {
      diagnostics.report(Msg.DUPLICATE_INDEX, at(p, "name"), index.name(), t.name());
    }
    if (index.global() && index.partitionKey() == null && !index.multiAttribute()) {
      if (index.sortKeys().isEmpty()) {
        diagnostics.report(Msg.KEY_ATTRIBUTE_EMPTY, at(p, "partitionKey"), "@GlobalIndex partitionKey",
            index.name() + "PK");
      } else {
        diagnostics.report(Msg.MAK_INDEX_SHAPE, at(p, "sortKeys"), index.name(), "declares sortKeys without "
            + "partitionKeys", "a multi-attribute key needs 1 to 4 partitionKeys before its sortKeys");
      }
    }
    if (index.multiAttribute()) {
      multiAttribute(index);
    }
    if (!index.global()) {
      if (index.partitionKey() != null && !index.partitionKey().equals(t.partitionKey())) {
        diagnostics.report(Msg.LSI_PARTITION_KEY, at(p, "partitionKey"), index.name(), index.partitionKey(),
            t.partitionKey(), t.partitionKey());
      }
      if (!t.hasSortKey()) {
        diagnostics.report(Msg.LSI_WITHOUT_TABLE_SORT_KEY, at(p, "name"), index.name(), t.name());
      }
      if (index.sortKey() == null) {
        diagnostics.report(Msg.KEY_ATTRIBUTE_EMPTY, at(p, "sortKey"), "@LocalIndex sortKey", index.name() + "SK");
      }
    }
    boolean include = index.projectionType().equals("INCLUDE");
    if (include && index.projectedAttributes().isEmpty()) {
      diagnostics.report(Msg.PROJECTION_ATTRIBUTES, at(p, "projection"), index.name(), "INCLUDE",
          "without attributes", "list the attributes to include, or use ALL or KEYS_ONLY");
    } else if (!include && !index.projectedAttributes().isEmpty()) {
      diagnostics.report(Msg.PROJECTION_ATTRIBUTES, at(p, "projection"), index.name(), index.projectionType(),
          "with attributes " + index.projectedAttributes(), "attributes are allowed only with type = INCLUDE");
    }
  }

  /** {@code partitionKeys}/{@code sortKeys}: not mixed with the template attributes, 1-4 and 0-4, each once. */
  private void multiAttribute(IndexModel index) {
    Place p = index.place();
    if (index.partitionKey() != null) {
      diagnostics.report(Msg.MAK_INDEX_SHAPE, at(p, "partitionKey"), index.name(), "declares both partitionKey and "
          + "partitionKeys", "keep partitionKey for a template key, or partitionKeys for a multi-attribute key");
    }
    if (index.sortKey() != null) {
      diagnostics.report(Msg.MAK_INDEX_SHAPE, at(p, "sortKey"), index.name(), "declares sortKey with partitionKeys",
          "a multi-attribute key names its sort key attributes in sortKeys = {...}");
    }
    limit(index, index.partitionKeys().size(), "partition", "partitionKeys");
    limit(index, index.sortKeys().size(), "sort", "sortKeys");
    Set<String> seen = new HashSet<>();
    for (String a : index.keyAttributes()) {
      if (a.isEmpty()) {
        diagnostics.report(Msg.MAK_INDEX_SHAPE, at(p, index.partitionKeys().contains(a) ? "partitionKeys" : "sortKeys"),
            index.name(), "names an empty key attribute", "give every key attribute a name");
      } else if (!seen.add(a)) {
        diagnostics.report(Msg.MAK_INDEX_SHAPE, at(p, index.sortKeys().contains(a) ? "sortKeys" : "partitionKeys"),
            index.name(), "names key attribute '" + a + "' twice", "each attribute can appear once in a key schema");
      }
    }
  }

  private void limit(IndexModel index, int count, String role, String attribute) {
    if (count > 4) {
      diagnostics.report(Msg.MAK_TOO_MANY_ATTRIBUTES, at(index.place(), attribute), index.name(), count, role,
          count - 4);
    }
  }

  /** The place of an attribute of the annotation at {@code p}; the annotation itself when defaulted. */
  static Place at(Place p, String attribute) {
    AnnotationMirror m = p.mirror();
    return new Place(p.element(), m, m == null ? null : Annotations.explicit(m, attribute));
  }
}
