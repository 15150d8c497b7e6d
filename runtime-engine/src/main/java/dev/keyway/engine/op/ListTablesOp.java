package dev.keyway.engine.op;

import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.ops.ListTablesRequest;
import dev.keyway.ops.ListTablesResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/** ListTables: names in order, paged by ExclusiveStartTableName and Limit (1..100). */
public final class ListTablesOp {
  private final Catalog catalog;

  public ListTablesOp(Catalog catalog) {
    this.catalog = catalog;
  }

  public ListTablesResponse execute(ListTablesRequest r) {
    Errors errors = Errors.start();
    if (r.exclusiveStartTableName() != null) {
      errors.tableName(r.exclusiveStartTableName(), "exclusiveStartTableName");
    }
    errors.minimum(r.limit(), 1, "limit").maximum(r.limit(), 100, "limit").throwIfAny();
    int limit = r.limit() == null ? 100 : r.limit();
    NavigableMap<String, ?> names = catalog.byName();
    if (r.exclusiveStartTableName() != null) {
      names = names.tailMap(r.exclusiveStartTableName(), false);
    }
    List<String> page = new ArrayList<>();
    String last = null;
    for (String name : names.keySet()) {
      if (page.size() == limit) {
        last = page.get(page.size() - 1);
        break;
      }
      page.add(name);
    }
    return new ListTablesResponse(page, last);
  }
}
