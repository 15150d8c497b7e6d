package dev.keyway.engine.op;

import dev.keyway.engine.storage.Table;
import dev.keyway.ops.ConsumedCapacity;
import dev.keyway.ops.ReturnConsumedCapacity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Units consumed by the statements of one BatchExecuteStatement, summed per table in first-use order. */
final class PartiqlCapacity {
  private final Map<String, Table> tables = new LinkedHashMap<>();
  private final Map<String, Double> units = new LinkedHashMap<>();

  void add(Table table, double consumed) {
    tables.putIfAbsent(table.name(), table);
    units.merge(table.name(), consumed, Double::sum);
  }

  /** One ConsumedCapacity per table, or null when the request did not ask for them. */
  List<ConsumedCapacity> report(ReturnConsumedCapacity mode) {
    if (mode == null || mode == ReturnConsumedCapacity.NONE) {
      return null;
    }
    List<ConsumedCapacity> out = new ArrayList<>();
    units.forEach((name, consumed) -> {
      ConsumedCapacity c = Units.report(mode, tables.get(name).meta(), consumed, Map.of(), false);
      if (c != null) {
        out.add(c);
      }
    });
    return out;
  }
}
