package dev.keyway.processor.validate;

import dev.keyway.processor.diag.DidYouMean;
import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.CollectionDeclaration;
import dev.keyway.processor.model.CollectionModel;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.FieldModel;
import dev.keyway.processor.model.IndexKeyModel;
import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.KeyTemplate;
import dev.keyway.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks an {@code @ItemCollection}: a sealed interface whose permitted types are entities of one table that
 * share a partition key template on the table or the named index, whose items can be told apart, and
 * which the index projects entirely.
 */
public final class CollectionRules {
  private final Diagnostics diagnostics;

  public CollectionRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The checked collection, or empty after reporting; a member that is an entity with errors ({@code
   * isBadEntity}) makes it empty silently (that entity's errors are the ones to fix).
   */
  public Optional<CollectionModel> check(CollectionDeclaration d, Function<String, EntityModel> entities,
      Predicate<String> isBadEntity) {
    String name = d.className().simpleName();
    if (!d.sealedInterface()) {
      diagnostics.report(Msg.COLLECTION_NOT_SEALED, d.place(), name, d.kind(), name);
      return Optional.empty();
    }
    List<EntityModel> members = new ArrayList<>();
    boolean failed = false;
    for (var type : d.permitted()) {
      EntityModel e = entities.apply(type.canonicalName());
      if (e == null) {
        if (!isBadEntity.test(type.canonicalName())) {
          diagnostics.report(Msg.COLLECTION_MEMBER, d.place(), name, type.simpleName(), "is not an @Entity");
        }
        failed = true;
      } else if (!members.isEmpty() && !members.get(0).table().equals(e.table())) {
        diagnostics.report(Msg.COLLECTION_MEMBER, d.place(), name, type.simpleName(), "belongs to table \""
            + e.table().name() + "\" while " + members.get(0).className().simpleName() + " belongs to table \""
            + members.get(0).table().name() + "\"");
        failed = true;
      } else {
        members.add(e);
      }
    }
    if (failed || members.isEmpty()) {
      return Optional.empty();
    }
    List<CollectionModel.Member> keyed = keyed(d, members);
    if (keyed == null) {
      return Optional.empty();
    }
    int before = diagnostics.errorCount();
    checkPartition(d, keyed);
    if (diagnostics.errorCount() == before) {
      checkSortKeys(d, keyed, members.get(0).table());
      checkProjection(d, keyed, members.get(0).table());
    }
    if (diagnostics.errorCount() != before) {
      return Optional.empty();
    }
    KeyTemplate pk = d.index() == null ? members.get(0).pk() : partitionKey(members.get(0), d.index());
    return Optional.of(new CollectionModel(d.className(), d.index(), pk, List.copyOf(keyed), d.place()));
  }

  /** Each member with its sort key on the collection's key; null after reporting an unusable index. */
  private List<CollectionModel.Member> keyed(CollectionDeclaration d, List<EntityModel> members) {
    TableModel table = members.get(0).table();
    if (d.index() != null && table.index(d.index()).isEmpty()) {
      List<String> names = table.indexes().stream().map(IndexModel::name).toList();
      diagnostics.report(Msg.COLLECTION_NO_INDEX, d.indexPlace(), d.index(), d.className().simpleName(),
          "table \"" + table.name() + "\" does not declare", DidYouMean.phrase(d.index(), names));
      return null;
    }
    IndexModel index = d.index() == null ? null : table.index(d.index()).orElseThrow();
    if (index != null && index.multiAttribute()) {
      diagnostics.report(Msg.COLLECTION_MULTI_ATTRIBUTE_INDEX, d.indexPlace(), d.index(), d.className().simpleName(),
          String.join(", ", index.keyAttributes()), d.index());
      return null;
    }
    List<CollectionModel.Member> out = new ArrayList<>();
    for (EntityModel e : members) {
      if (d.index() == null) {
        out.add(new CollectionModel.Member(e, e.sk()));
        continue;
      }
      Optional<IndexKeyModel> ik = e.indexKeys().stream().filter(k -> k.index().equals(d.index())).findFirst();
      if (ik.isEmpty()) {
        diagnostics.report(Msg.COLLECTION_NO_INDEX, d.indexPlace(), d.index(), d.className().simpleName(),
            e.className().simpleName() + " has no @IndexKey for", "");
        return null;
      }
      out.add(new CollectionModel.Member(e, ik.get().sk()));
    }
    return out;
  }

  private static KeyTemplate partitionKey(EntityModel e, String index) {
    if (index == null) {
      return e.pk();
    }
    IndexKeyModel ik = e.indexKeys().stream().filter(k -> k.index().equals(index)).findFirst().orElseThrow();
    return ik.pk() != null ? ik.pk() : e.pk();
  }

  private void checkPartition(CollectionDeclaration d, List<CollectionModel.Member> members) {
    EntityModel first = members.get(0).entity();
    KeyTemplate pk = partitionKey(first, d.index());
    for (CollectionModel.Member m : members.subList(1, members.size())) {
      KeyTemplate other = partitionKey(m.entity(), d.index());
      if (!other.parts().equals(pk.parts())) {
        diagnostics.report(Msg.COLLECTION_PARTITION, d.place(), d.className().simpleName(),
            d.index() == null ? "the table" : "index \"" + d.index() + "\"", first.className().simpleName(), pk.raw(),
            m.entity().className().simpleName(), other.raw());
      }
    }
  }

  /** Without a type attribute, sort keys must start with literal prefixes none of which starts another. */
  private void checkSortKeys(CollectionDeclaration d, List<CollectionModel.Member> members, TableModel table) {
    if (table.typeAttribute() != null) {
      return;
    }
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        CollectionModel.Member a = members.get(i);
        CollectionModel.Member b = members.get(j);
        String pa = a.sk() == null ? "" : a.sk().leadingLiteral();
        String pb = b.sk() == null ? "" : b.sk().leadingLiteral();
        if (pa.isEmpty() || pb.isEmpty() || pa.startsWith(pb) || pb.startsWith(pa)) {
          diagnostics.report(Msg.COLLECTION_SORT_KEYS, d.place(), d.className().simpleName(),
              a.entity().className().simpleName(), a.sk() == null ? "" : a.sk().raw(),
              b.entity().className().simpleName(), b.sk() == null ? "" : b.sk().raw(), table.name());
          return;
        }
      }
    }
  }

  private void checkProjection(CollectionDeclaration d, List<CollectionModel.Member> members, TableModel table) {
    if (d.index() == null) {
      return;
    }
    IndexModel index = table.index(d.index()).orElseThrow();
    if (index.projectionType().equals("ALL")) {
      return;
    }
    Set<String> keys = new java.util.HashSet<>(java.util.Arrays.asList(table.partitionKey(), table.sortKey(),
        index.partitionKey(), index.sortKey()));
    for (CollectionModel.Member m : members) {
      List<String> lacking = new ArrayList<>();
      for (FieldModel f : m.entity().fields()) {
        String attr = AttributeRules.storedName(m.entity(), f);
        if (!keys.contains(attr) && !index.projectedAttributes().contains(attr)) {
          lacking.add(attr);
        }
      }
      if (table.typeAttribute() != null && !index.projectedAttributes().contains(table.typeAttribute())) {
        lacking.add(table.typeAttribute());
      }
      if (!lacking.isEmpty()) {
        diagnostics.report(Msg.COLLECTION_PROJECTION, d.place(), d.className().simpleName(), index.name(),
            index.projectionType(), m.entity().className().simpleName(), String.join(", ", lacking));
      }
    }
  }
}
