package dev.keyway.processor.emit;

import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.QueryPlan;
import dev.keyway.processor.model.TableModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * {@code META-INF/keyway/<table>.json}: the table definition shaped like a DynamoDB CreateTable request
 * under {@code "table"}, the entities, and the access-pattern report under {@code "accessPatterns"}.
 */
final class TableResourceEmitter {
  private final Filer filer;

  TableResourceEmitter(Filer filer) {
    this.filer = filer;
  }

  void emit(TableModel t, List<EntityModel> entities, List<QueryPlan> plans) {
    String json = json(t, entities, plans);
    try {
      var file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", "META-INF/keyway/" + t.name() + ".json");
      try (Writer w = file.openWriter()) {
        w.write(json);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static String json(TableModel t, List<EntityModel> entities, List<QueryPlan> plans) {
    Json j = new Json();
    j.open('{');
    j.key("table").open('{');
    j.field("TableName", t.name());
    Set<String> attributes = new LinkedHashSet<>();
    attributes.add(t.partitionKey());
    if (t.sortKey() != null) {
      attributes.add(t.sortKey());
    }
    for (IndexModel i : t.indexes()) {
      attributes.add(i.partitionKey() == null ? t.partitionKey() : i.partitionKey());
      if (i.sortKey() != null) {
        attributes.add(i.sortKey());
      }
    }
    j.key("AttributeDefinitions").open('[');
    for (String a : attributes) {
      j.open('{').field("AttributeName", a).field("AttributeType", "S").close('}');
    }
    j.close(']');
    keySchema(j, t.partitionKey(), t.sortKey());
    if (!t.globalIndexes().isEmpty()) {
      j.key("GlobalSecondaryIndexes").open('[');
      for (IndexModel i : t.globalIndexes()) {
        index(j, i, i.partitionKey());
      }
      j.close(']');
    }
    if (!t.localIndexes().isEmpty()) {
      j.key("LocalSecondaryIndexes").open('[');
      for (IndexModel i : t.localIndexes()) {
        index(j, i, t.partitionKey());
      }
      j.close(']');
    }
    j.field("BillingMode", t.billingMode());
    if (t.billingMode().equals("PROVISIONED")) {
      j.key("ProvisionedThroughput").open('{').number("ReadCapacityUnits", t.readCapacity())
          .number("WriteCapacityUnits", t.writeCapacity()).close('}');
    }
    j.close('}');
    if (t.ttlAttribute() != null) {
      j.key("timeToLive").open('{').field("AttributeName", t.ttlAttribute()).bool("Enabled", true).close('}');
    }
    if (t.typeAttribute() != null) {
      j.field("typeAttribute", t.typeAttribute());
    }
    j.key("entities").open('[');
    for (EntityModel e : entities) {
      j.open('{').field("type", e.typeName()).field("class", e.className().canonicalName())
          .field("pk", e.pk().raw());
      if (e.sk() != null) {
        j.field("sk", e.sk().raw());
      }
      j.close('}');
    }
    j.close(']');
    j.key("accessPatterns").open('[');
    for (QueryPlan p : plans) {
      j.open('{').field("method", p.method().owner().canonicalName() + "." + p.method().name())
          .field("entity", p.entity().typeName())
          .field("index", p.index() == null ? "(table)" : p.index())
          .field("keyCondition", condition(t, p))
          .close('}');
    }
    j.close(']');
    j.close('}');
    return j.toString() + "\n";
  }

  private static String condition(TableModel t, QueryPlan p) {
    String pkName = p.index() == null ? t.partitionKey()
        : t.index(p.index()).map(i -> i.partitionKey() == null ? t.partitionKey() : i.partitionKey()).orElseThrow();
    String skName = p.index() == null ? t.sortKey() : t.index(p.index()).orElseThrow().sortKey();
    List<String> parts = new ArrayList<>();
    parts.add(pkName + " = \"" + p.pk().raw() + "\"");
    if (p.sk() != null) {
      int eq = p.skEqualFields().size();
      int all = p.sk().fields().size();
      String prefix = p.sk().rawPrefix(eq);
      if (p.betweenField() != null && !"BETWEEN".equals(p.rangeOp())) {
        String op = switch (p.rangeOp()) {
          case "GE" -> " >= ";
          case "GT" -> " > ";
          case "LE" -> " <= ";
          default -> " < ";
        };
        parts.add(skName + op + "\"" + prefix + "{" + p.betweenParams().get(0) + "}\"");
      } else if (p.betweenField() != null) {
        parts.add(skName + " BETWEEN \"" + prefix + "{" + p.betweenParams().get(0) + "}\" AND \"" + prefix + "{"
            + p.betweenParams().get(1) + "}\"");
      } else if (eq == all) {
        parts.add(skName + " = \"" + p.sk().raw() + "\"");
      } else if (!prefix.isEmpty()) {
        parts.add("begins_with(" + skName + ", \"" + prefix + "\")");
      }
    }
    return String.join(" AND ", parts);
  }

  private static void keySchema(Json j, String pk, String sk) {
    j.key("KeySchema").open('[');
    j.open('{').field("AttributeName", pk).field("KeyType", "HASH").close('}');
    if (sk != null) {
      j.open('{').field("AttributeName", sk).field("KeyType", "RANGE").close('}');
    }
    j.close(']');
  }

  private static void index(Json j, IndexModel i, String pk) {
    j.open('{').field("IndexName", i.name());
    keySchema(j, pk, i.sortKey());
    j.key("Projection").open('{').field("ProjectionType", i.projectionType());
    if (!i.projectedAttributes().isEmpty()) {
      j.key("NonKeyAttributes").open('[');
      i.projectedAttributes().forEach(j::string);
      j.close(']');
    }
    j.close('}').close('}');
  }
}
