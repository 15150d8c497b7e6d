package dev.keyway.processor.emit;

import dev.keyway.processor.model.AttrType;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.model.IndexKeyModel;
import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.KeyTemplate;
import dev.keyway.processor.model.TableModel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One example item of an entity in DynamoDB JSON ({@code {"PK": {"S": "USER#userId-1"}, ...}}), with placeholder
 * values derived from each field's name and type: key attributes filled from the templates, index keys, the type
 * attribute and every mapped field. Also names each attribute's DynamoDB type (S, N, B, BOOL, L, M, SS, NS, BS).
 */
final class ExampleItem {
  private static final int NESTING = 3;
  private final EntityModel e;

  ExampleItem(EntityModel e) {
    this.e = e;
  }

  /** Attribute name -> DynamoDB type of every attribute the item holds, keys first. */
  Map<String, String> attributeTypes() {
    Map<String, String> out = new LinkedHashMap<>();
    keys().keySet().forEach(k -> out.put(k, "S"));
    for (FieldModel f : e.fields()) {
      out.putIfAbsent(f.attributeName(), type(f.type(), f.ttl()));
    }
    return out;
  }

  /** Writes the item as a DynamoDB JSON object. */
  void write(Json j) {
    Map<String, String> keys = keys();
    j.open('{');
    keys.forEach((name, value) -> j.key(name).open('{').field("S", value).close('}'));
    for (FieldModel f : e.fields()) {
      if (!keys.containsKey(f.attributeName())) {
        j.key(f.attributeName());
        value(j, f.type(), f.name(), f.ttl(), NESTING);
      }
    }
    j.close('}');
  }

  /** Key attributes of the table and the entity's indexes, and the type attribute, with their example strings. */
  Map<String, String> keys() {
    TableModel t = e.table();
    Map<String, String> out = new LinkedHashMap<>();
    out.put(t.partitionKey(), fill(e.pk()));
    if (t.sortKey() != null && e.sk() != null) {
      out.put(t.sortKey(), fill(e.sk()));
    }
    for (IndexKeyModel k : e.indexKeys()) {
      IndexModel i = t.index(k.index()).orElseThrow();
      if (k.pk() != null) {
        out.put(TableJson.partitionKey(t, i), fill(k.pk()));
      }
      if (k.sk() != null && i.sortKey() != null) {
        out.put(i.sortKey(), fill(k.sk()));
      }
    }
    if (t.typeAttribute() != null) {
      out.put(t.typeAttribute(), e.typeName());
    }
    return out;
  }

  private String fill(KeyTemplate template) {
    StringBuilder out = new StringBuilder();
    for (KeyTemplate.Part p : template.parts()) {
      if (p instanceof KeyTemplate.Literal l) {
        out.append(l.text());
      } else {
        KeyTemplate.FieldRef r = (KeyTemplate.FieldRef) p;
        AttrType type = e.field(r.field()).map(FieldModel::type).orElse(null);
        String text = type == null ? r.field() : scalarText(type, r.field(), false);
        if (r.width() != null && text.length() < r.width() && text.chars().allMatch(Character::isDigit)) {
          text = "0".repeat(r.width() - text.length()) + text;
        }
        out.append(text);
      }
    }
    return out.toString();
  }

  private static void value(Json j, AttrType type, String name, boolean ttl, int depth) {
    String dynamoType = type(type, ttl);
    j.open('{');
    switch (dynamoType) {
      case "N", "S", "B" -> j.field(dynamoType, scalarText(type, name, ttl));
      case "BOOL" -> j.bool("BOOL", true);
      case "SS", "NS", "BS" -> j.key(dynamoType).open('[').string(scalarText(element(type), name, false)).close(']');
      case "L" -> {
        j.key("L").open('[');
        if (depth > 0) {
          value(j, element(type), name, false, depth - 1);
        }
        j.close(']');
      }
      default -> {
        j.key("M").open('{');
        if (depth > 0) {
          if (unwrap(type) instanceof AttrType.Nested n) {
            for (FieldModel f : n.creator().fields()) {
              j.key(f.attributeName());
              value(j, f.type(), f.name(), false, depth - 1);
            }
          } else if (unwrap(type) instanceof AttrType.MapType m) {
            j.key("key");
            value(j, m.value(), name, false, depth - 1);
          }
        }
        j.close('}');
      }
    }
    j.close('}');
  }

  /** The DynamoDB type an attribute of this Java type is stored as. */
  static String type(AttrType type, boolean ttl) {
    AttrType t = unwrap(type);
    if (t instanceof AttrType.Scalar s) {
      if (ttl || s.kind().number()) {
        return "N";
      }
      return switch (s.kind()) {
        case BOOLEAN -> "BOOL";
        case BYTES -> "B";
        default -> "S";
      };
    }
    if (t instanceof AttrType.ListType) {
      return "L";
    }
    if (t instanceof AttrType.SetType set) {
      String element = type(set.element(), false);
      return element.equals("N") ? "NS" : element.equals("B") ? "BS" : "SS";
    }
    if (t instanceof AttrType.MapType || t instanceof AttrType.Nested) {
      return "M";
    }
    return "S";
  }

  private static AttrType unwrap(AttrType type) {
    return type instanceof AttrType.OptionalType o ? unwrap(o.element()) : type;
  }

  private static AttrType element(AttrType type) {
    AttrType t = unwrap(type);
    if (t instanceof AttrType.ListType l) {
      return l.element();
    }
    return t instanceof AttrType.SetType s ? s.element() : t;
  }

  /** A placeholder for a scalar: numbers 1, dates in January 2026, strings {@code <name>-1}, enums upper case. */
  private static String scalarText(AttrType type, String name, boolean ttl) {
    AttrType t = unwrap(type);
    if (ttl) {
      return "1767225600";
    }
    if (t instanceof AttrType.EnumType en) {
      return en.typeName().simpleName().toUpperCase(java.util.Locale.ROOT);
    }
    if (!(t instanceof AttrType.Scalar s)) {
      return name + "-1";
    }
    if (s.kind().number()) {
      return "1";
    }
    return switch (s.kind()) {
      case BOOLEAN -> "true";
      case INSTANT -> "2026-01-15T10:30:00Z";
      case LOCAL_DATE -> "2026-01-15";
      case LOCAL_DATE_TIME -> "2026-01-15T10:30:00";
      case UUID -> "123e4567-e89b-12d3-a456-426614174000";
      case BYTES -> "S2V5d2F5";
      default -> name + "-1";
    };
  }
}
