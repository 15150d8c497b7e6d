package dev.keyway.processor.emit;

import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.KeyAttributeType;
import dev.keyway.processor.model.TableModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's key attributes (its own, then its indexes', each once) with their types: S for template keys;
 * for a multi-attribute index key, the type of the entity fields stored as each attribute (checked to agree),
 * or S when no entity joins the index (KW-MAK-010 warns).
 */
final class KeyAttributes {
  private KeyAttributes() {}

  static Map<String, String> of(TableModel t, List<EntityModel> entities) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(t.partitionKey(), "S");
    if (t.sortKey() != null) {
      out.put(t.sortKey(), "S");
    }
    for (IndexModel i : t.indexes()) {
      if (i.multiAttribute()) {
        i.keyAttributes().forEach(a -> out.putIfAbsent(a, typeOf(a, entities)));
        continue;
      }
      out.putIfAbsent(TableJson.partitionKey(t, i), "S");
      if (i.sortKey() != null) {
        out.putIfAbsent(i.sortKey(), "S");
      }
    }
    return out;
  }

  private static String typeOf(String attribute, List<EntityModel> entities) {
    for (EntityModel e : entities) {
      String type = e.fieldStoredAs(attribute).map(KeyAttributeType::of).orElse(null);
      if (type != null) {
        return type;
      }
    }
    return "S";
  }
}
