package dev.keyway.engine.storage.durable;

import dev.keyway.engine.Engine;
import dev.keyway.error.PolicyNotFoundException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.DescribeTimeToLiveRequest;
import dev.keyway.ops.GetResourcePolicyRequest;
import dev.keyway.ops.ListTablesRequest;
import dev.keyway.ops.ListTagsOfResourceRequest;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.ScanResponse;
import dev.keyway.ops.TableDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything an engine shows of its tables, as text: descriptions, TTL, tags, resource-based
 * policies (of tables and their latest streams), every item and every
 * index entry. Two engines with equal text are indistinguishable through the API.
 */
final class EngineState {
  private EngineState() {}

  static String of(Engine engine) {
    StringBuilder out = new StringBuilder();
    for (String name : engine.listTables(ListTablesRequest.builder().build()).tableNames()) {
      TableDescription table = engine.describeTable(new DescribeTableRequest(name)).table();
      out.append(table).append('\n');
      out.append(engine.describeTimeToLive(new DescribeTimeToLiveRequest(name))).append('\n');
      out.append(engine.listTagsOfResource(new ListTagsOfResourceRequest(table.tableArn(), null))).append('\n');
      out.append(resourcePolicy(engine, table.tableArn())).append('\n');
      if (table.latestStreamArn() != null) {
        out.append("stream ").append(resourcePolicy(engine, table.latestStreamArn())).append('\n');
      }
      out.append("items ").append(scan(engine, name, null)).append('\n');
      for (String index : indexNames(table)) {
        out.append(index).append(' ').append(scan(engine, name, index)).append('\n');
      }
    }
    return out.toString();
  }

  private static String resourcePolicy(Engine engine, String arn) {
    try {
      return engine.getResourcePolicy(new GetResourcePolicyRequest(arn)).toString();
    } catch (PolicyNotFoundException e) {
      return "no resource policy";
    }
  }

  static List<String> indexNames(TableDescription table) {
    List<String> names = new ArrayList<>();
    if (table.globalSecondaryIndexes() != null) {
      table.globalSecondaryIndexes().forEach(g -> names.add(g.indexName()));
    }
    if (table.localSecondaryIndexes() != null) {
      table.localSecondaryIndexes().forEach(l -> names.add(l.indexName()));
    }
    return names;
  }

  /** Every item of a table or index, in the engine's order. */
  static List<Map<String, AttributeValue>> scan(Engine engine, String table, String index) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      ScanResponse page = engine.scan(ScanRequest.builder().tableName(table).indexName(index)
          .exclusiveStartKey(start).build());
      items.addAll(page.items());
      start = page.lastEvaluatedKey();
    } while (start != null && !start.isEmpty());
    return items;
  }
}
