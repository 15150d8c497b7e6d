package dev.keyway.processor.emit;

import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.model.IndexKeyModel;
import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.KeyTemplate;
import dev.keyway.processor.model.TableModel;
import dev.keyway.processor.validate.AttributeRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an entity's update builder may change. Primary key fields: never. Fields of index key
 * templates: only in groups, one group per set of index templates linked by shared fields, so that
 * every index key a change affects can be recomputed in the same request. Other fields (except the
 * version): freely.
 */
final class UpdatePlan {
  /** A group of index key fields changed together, and the index keys they feed. */
  record Group(List<String> fields, List<IndexKeyModel> indexKeys) {}

  private final EntityModel e;
  private final List<String> primaryFields;
  private final Set<String> keyFields = new LinkedHashSet<>();
  private final List<Group> groups = new ArrayList<>();

  UpdatePlan(EntityModel e) {
    this.e = e;
    Set<String> primary = new LinkedHashSet<>(KeyCode.fieldNames(e.pk(), Integer.MAX_VALUE));
    if (e.sk() != null) {
      primary.addAll(KeyCode.fieldNames(e.sk(), Integer.MAX_VALUE));
    }
    primaryFields = new ArrayList<>(primary);
    keyFields.addAll(primary);
    List<Set<String>> fieldSets = new ArrayList<>();
    List<List<IndexKeyModel>> owners = new ArrayList<>();
    for (IndexKeyModel ik : e.indexKeys()) {
      Set<String> mutable = new LinkedHashSet<>();
      for (KeyTemplate t : templates(ik)) {
        for (String f : KeyCode.fieldNames(t, Integer.MAX_VALUE)) {
          keyFields.add(f);
          if (!primary.contains(f)) {
            mutable.add(f);
          }
        }
      }
      if (mutable.isEmpty()) {
        continue; // an index key built from primary key fields only never changes
      }
      List<IndexKeyModel> own = new ArrayList<>(List.of(ik));
      // merge with every earlier group sharing a field (connected components)
      for (int i = fieldSets.size() - 1; i >= 0; i--) {
        if (fieldSets.get(i).stream().anyMatch(mutable::contains)) {
          Set<String> merged = new LinkedHashSet<>(fieldSets.remove(i));
          merged.addAll(mutable);
          mutable = merged;
          List<IndexKeyModel> mergedOwners = new ArrayList<>(owners.remove(i));
          mergedOwners.addAll(own);
          own = mergedOwners;
        }
      }
      fieldSets.add(mutable);
      owners.add(own);
    }
    for (int i = 0; i < fieldSets.size(); i++) {
      groups.add(new Group(new ArrayList<>(fieldSets.get(i)), owners.get(i)));
    }
  }

  static List<KeyTemplate> templates(IndexKeyModel ik) {
    List<KeyTemplate> out = new ArrayList<>();
    if (ik.pk() != null) {
      out.add(ik.pk());
    }
    if (ik.sk() != null) {
      out.add(ik.sk());
    }
    return out;
  }

  List<String> primaryFields() {
    return primaryFields;
  }

  boolean isKeyField(String field) {
    return keyFields.contains(field);
  }

  List<Group> groups() {
    return groups;
  }

  /** Fields with a plain setter: not in any key template, not the version. */
  List<FieldModel> plainFields() {
    return e.fields().stream().filter(f -> !keyFields.contains(f.name()) && !f.version()).toList();
  }

  /** Attributes a generic update must not touch: keys, index keys, key fields, type, version. */
  List<String> protectedAttributes() {
    TableModel t = e.table();
    Set<String> out = new LinkedHashSet<>();
    out.add(t.partitionKey());
    if (t.sortKey() != null) {
      out.add(t.sortKey());
    }
    for (IndexKeyModel ik : e.indexKeys()) {
      out.addAll(indexAttributes(ik));
    }
    if (t.typeAttribute() != null) {
      out.add(t.typeAttribute());
    }
    for (FieldModel f : e.fields()) {
      if (keyFields.contains(f.name()) || f.version()) {
        out.add(AttributeRules.storedName(e, f));
      }
    }
    return new ArrayList<>(out);
  }

  /** The key attributes an index key of this entity writes (a local index shares the table partition key). */
  List<String> indexAttributes(IndexKeyModel ik) {
    IndexModel index = e.table().index(ik.index()).orElseThrow();
    List<String> out = new ArrayList<>();
    if (ik.pk() != null) {
      out.add(index.partitionKey());
    }
    if (ik.sk() != null) {
      out.add(index.sortKey());
    }
    return out;
  }
}
