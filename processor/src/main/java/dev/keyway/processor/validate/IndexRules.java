package dev.keyway.processor.validate;

import dev.keyway.processor.diag.DidYouMean;
import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.IndexKeyModel;
import dev.keyway.processor.model.IndexModel;
import dev.keyway.processor.model.TableModel;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks an entity's {@code @IndexKey}s against the indexes its table declares. */
public final class IndexRules {
  private final Diagnostics diagnostics;

  public IndexRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public void check(EntityModel e) {
    TableModel t = e.table();
    List<String> names = t.indexes().stream().map(IndexModel::name).toList();
    Set<String> seen = new HashSet<>();
    for (IndexKeyModel ik : e.indexKeys()) {
      Optional<IndexModel> found = t.index(ik.index());
      if (found.isEmpty()) {
        diagnostics.report(Msg.UNKNOWN_INDEX, ik.place(), ik.index(), t.name(),
            DidYouMean.phrase(ik.index(), names), names.isEmpty() ? "(none declared)" : String.join(", ", names));
        continue;
      }
      if (!seen.add(ik.index())) {
        diagnostics.report(Msg.DUPLICATE_INDEX_KEY, ik.place(), ik.index(), e.className().simpleName());
        continue;
      }
      IndexModel index = found.get();
      String kind = index.global() ? "Global index" : "Local index";
      if (index.global() && ik.pk() == null) {
        shape(ik, kind + " \"" + index.name() + "\" has partition key \"" + index.partitionKey()
            + "\", so @IndexKey needs pk = \"...\"; add a partition key template such as pk = \"STATUS#{status}\".");
      } else if (!index.global() && ik.pk() != null) {
        shape(ik, kind + " \"" + index.name() + "\" shares the table partition key, so @IndexKey must not give pk = \""
            + ik.pk().raw() + "\"; remove pk (the entity's own pk is used).");
      }
      if (index.sortKey() != null && ik.sk() == null) {
        shape(ik, kind + " \"" + index.name() + "\" has sort key \"" + index.sortKey()
            + "\", so @IndexKey needs sk = \"...\"; add a sort key template such as sk = \"{createdAt}\".");
      } else if (index.sortKey() == null && ik.sk() != null) {
        shape(ik, kind + " \"" + index.name() + "\" has no sort key, so sk = \"" + ik.sk().raw()
            + "\" cannot be stored; remove sk or declare sortKey on the index.");
      }
    }
  }

  private void shape(IndexKeyModel ik, String text) {
    diagnostics.report(Msg.INDEX_KEY_SHAPE, ik.place(), text);
  }
}
