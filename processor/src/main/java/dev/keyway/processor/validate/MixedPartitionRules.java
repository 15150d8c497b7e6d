package dev.keyway.processor.validate;

import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.KeyTemplate;
import dev.keyway.processor.model.QueryPlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Warns when a pattern's key condition can also match items of other entity types in the same
 * partition (Note {@code NOTE#{seq}#{noteId}} and Comment {@code NOTE#{seq}#{noteId}#COMMENT#{id}}): the
 * generated query keeps pages full by reading past them, which costs reads, so a distinct prefix or a
 * collection is the better model. Without a type attribute nothing tells those items apart, so that is
 * an error.
 */
public final class MixedPartitionRules {
  /** A placeholder in a token list: matches any text. */
  private static final Object ANY = new Object();
  private final Diagnostics diagnostics;

  public MixedPartitionRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public void check(List<QueryPlan> plans, Collection<EntityModel> entities) {
    for (QueryPlan p : plans) {
      if (p.attributeIndex() != null) {
        checkAttributeIndex(p, entities);
        continue;
      }
      if (p.collection() != null || p.sk() == null
          || p.rangeOp() == null && p.skEqualFields().size() == p.sk().fields().size()) {
        continue; // collections read every member; an equal sort key matches one item
      }
      List<Object> prefix = tokens(p.sk(), p.skEqualFields().size());
      List<EntityModel> others = new ArrayList<>();
      for (EntityModel o : entities) {
        if (o.className().equals(p.entity().className()) || !o.table().equals(p.entity().table())) {
          continue;
        }
        keyOn(o, p.index()).filter(k -> k.sk() != null && shape(k.pk()).equals(shape(p.pk())))
            .filter(k -> canStartWith(tokens(k.sk(), Integer.MAX_VALUE), prefix))
            .ifPresent(k -> others.add(o));
      }
      if (others.isEmpty()) {
        continue;
      }
      String text = p.sk().rawPrefix(p.skEqualFields().size());
      String condition = text.isEmpty() ? "the whole partition" : "sort keys starting with \"" + text + "\"";
      List<String> described = others.stream().map(o -> o.className().simpleName() + " (sort key \""
          + keyOn(o, p.index()).orElseThrow().sk().raw() + "\")").toList();
      String other = others.get(0).className().simpleName();
      String self = p.entity().className().simpleName();
      String sig = p.method().name() + "()";
      if (p.entity().table().typeAttribute() == null) {
        diagnostics.report(Msg.PATTERN_TYPES_INDISTINCT, p.method().place(), sig, condition,
            String.join(", ", described), p.entity().table().name(), self, other, self,
            other.toUpperCase(Locale.ROOT));
      } else {
        diagnostics.report(Msg.PATTERN_READS_OTHER_TYPES, p.method().place(), sig, condition,
            String.join(", ", described), other, self, other.toUpperCase(Locale.ROOT));
      }
    }
  }

  /**
   * On a multi-attribute key nothing in the key tells types apart: DynamoDB indexes every item that stores all
   * of the index's key attributes, so any other such entity of the table can share the queried partition.
   */
  private void checkAttributeIndex(QueryPlan p, Collection<EntityModel> entities) {
    IndexModel index = p.attributeIndex();
    List<String> others = entities.stream()
        .filter(o -> !o.className().equals(p.entity().className()) && o.table().equals(p.entity().table()))
        .filter(o -> index.keyAttributes().stream().allMatch(a -> o.fieldStoredAs(a).isPresent()))
        .map(o -> o.className().simpleName()).toList();
    if (others.isEmpty()) {
      return;
    }
    String sig = p.method().name() + "()";
    String self = p.entity().className().simpleName();
    String attributes = String.join(", ", index.keyAttributes());
    if (p.entity().table().typeAttribute() == null) {
      diagnostics.report(Msg.MAK_TYPES_INDISTINCT, p.method().place(), sig, index.name(), String.join(", ", others),
          attributes, p.entity().table().name(), self, self);
    } else {
      diagnostics.report(Msg.MAK_READS_OTHER_TYPES, p.method().place(), sig, index.name(), String.join(", ", others),
          attributes, self);
    }
  }

  /** A partition and sort key template pair; {@code sk} is null when the key has no sort key. */
  private record Key(KeyTemplate pk, KeyTemplate sk) {}

  /** The entity's key on the table (index null) or on an index it has keys on. */
  private static Optional<Key> keyOn(EntityModel e, String index) {
    if (index == null) {
      return Optional.of(new Key(e.pk(), e.sk()));
    }
    return e.indexKeys().stream().filter(ik -> ik.index().equals(index)).findFirst()
        .map(ik -> new Key(ik.pk() != null ? ik.pk() : e.pk(), ik.sk()));
  }

  /** Literal texts and placeholders, field names left out: two partitions can coincide when shapes do. */
  private static List<String> shape(KeyTemplate t) {
    return t.parts().stream().map(p -> p instanceof KeyTemplate.Literal l ? l.text() : "{}").toList();
  }

  /** The template as characters and {@link #ANY}, up to the literal text after its {@code fields}-th field. */
  private static List<Object> tokens(KeyTemplate t, int fields) {
    List<Object> out = new ArrayList<>();
    int seen = 0;
    for (KeyTemplate.Part part : t.parts()) {
      if (part instanceof KeyTemplate.Literal l) {
        l.text().chars().forEach(c -> out.add((char) c));
      } else if (seen++ < fields) {
        out.add(ANY);
      } else {
        break;
      }
    }
    return out;
  }

  /** Whether a key made from {@code template} can start with text matching {@code prefix}. */
  private static boolean canStartWith(List<Object> template, List<Object> prefix) {
    for (int i = 0; i < prefix.size(); i++) {
      if (i >= template.size()) {
        return false;
      }
      if (template.get(i) == ANY || prefix.get(i) == ANY) {
        return true; // a field can hold any text from here on
      }
      if (!template.get(i).equals(prefix.get(i))) {
        return false;
      }
    }
    return true;
  }
}
