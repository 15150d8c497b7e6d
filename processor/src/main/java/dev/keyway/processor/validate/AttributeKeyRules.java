package dev.keyway.processor.validate;

import dev.keyway.processor.diag.DidYouMean;
import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.AttributeKeyModel;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.KeyAttributeType;
import dev.keyway.processor.model.TableModel;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an entity against the multi-attribute keys of its table's indexes: an entity that joins one
 * maps every key attribute to a field of a key type (S, N or B), and a key attribute has one type
 * across the table's entities (DynamoDB rejects a write whose index key attribute has another type).
 */
public final class AttributeKeyRules {
  private final Diagnostics diagnostics;

  public AttributeKeyRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** {@code others}: the entities checked before, of any table. */
  public void check(EntityModel e, List<EntityModel> others) {
    Set<String> joined = new HashSet<>();
    for (AttributeKeyModel k : e.attributeKeys()) {
      if (!joined.add(k.index())) {
        diagnostics.report(Msg.DUPLICATE_INDEX_KEY, k.place(), k.index(), e.className().simpleName());
        continue;
      }
      IndexModel index = e.table().index(k.index()).orElseThrow();
      for (String attribute : index.keyAttributes()) {
        Optional<FieldModel> f = e.fieldStoredAs(attribute);
        if (f.isEmpty()) {
          diagnostics.report(Msg.MAK_UNMAPPED_ATTRIBUTE, k.place(), e.className().simpleName(), index.name(), attribute,
              DidYouMean.phrase(attribute, e.fields().stream().map(FieldModel::name).toList()), attribute, attribute);
        } else if (KeyAttributeType.of(f.get()) == null) {
          diagnostics.report(Msg.MAK_ATTRIBUTE_TYPE, f.get().place(), f.get().name(), e.className().simpleName(),
              attribute, index.name(), f.get().type().typeName());
        }
      }
    }
    Map<String, IndexModel> firstIndex = new LinkedHashMap<>();
    for (IndexModel index : e.table().globalIndexes()) {
      index.keyAttributes().forEach(a -> firstIndex.putIfAbsent(a, index));
    }
    firstIndex.forEach((attribute, index) ->
        e.fieldStoredAs(attribute).ifPresent(f -> sameTypeEverywhere(e, index, attribute, f, others)));
  }

  /** Warns about a multi-attribute index no entity of the table joins: its attribute types are unknown. */
  public void warnUnused(TableModel t, List<EntityModel> members) {
    for (IndexModel index : t.globalIndexes()) {
      if (index.multiAttribute() && members.stream()
          .noneMatch(e -> e.attributeKeys().stream().anyMatch(k -> k.index().equals(index.name())))) {
        diagnostics.report(Msg.MAK_UNUSED_INDEX, index.place(), index.name(),
            String.join(", ", index.keyAttributes()), index.name());
      }
    }
  }

  private void sameTypeEverywhere(EntityModel e, IndexModel index, String attribute, FieldModel f,
      List<EntityModel> others) {
    String type = KeyAttributeType.of(f);
    if (type == null) {
      return;
    }
    for (EntityModel other : others) {
      if (!other.table().className().equals(e.table().className())) {
        continue;
      }
      Optional<FieldModel> theirs = other.fieldStoredAs(attribute);
      String otherType = theirs.map(KeyAttributeType::of).orElse(null);
      if (otherType != null && !otherType.equals(type)) {
        diagnostics.report(Msg.MAK_TYPE_CONFLICT, f.place(), f.name(), e.className().simpleName(), attribute,
            index.name(), type, other.className().simpleName() + "." + theirs.get().name(), otherType);
        return;
      }
    }
  }
}
