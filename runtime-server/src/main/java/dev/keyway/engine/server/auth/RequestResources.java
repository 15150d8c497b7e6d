package dev.keyway.engine.server.auth;

import dev.keyway.engine.storage.Catalog;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BatchGetItemRequest;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.ComparisonOperator;
import dev.keyway.ops.Condition;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.DeleteResourcePolicyRequest;
import dev.keyway.ops.DeleteTableRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.DescribeTimeToLiveRequest;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.GetResourcePolicyRequest;
import dev.keyway.ops.KeysAndAttributes;
import dev.keyway.ops.ListTagsOfResourceRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.PutResourcePolicyRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.TagResourceRequest;
import dev.keyway.ops.TransactGetItem;
import dev.keyway.ops.TransactGetItemsRequest;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.UntagResourceRequest;
import dev.keyway.ops.UpdateItemRequest;
import dev.keyway.ops.UpdateTableRequest;
import dev.keyway.ops.UpdateTimeToLiveRequest;
import dev.keyway.ops.WriteRequest;
import dev.keyway.ops.streams.DescribeStreamRequest;
import dev.keyway.ops.streams.GetRecordsRequest;
import dev.keyway.ops.streams.GetShardIteratorRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a request asks IAM for: one {@link AccessRequest} per action and resource. A single-table
 * operation is its own action on the table (or the index it reads); a batch is the batch action on
 * every table it touches; a transaction is the item action of each of its items
 * ({@code dynamodb:GetItem}, {@code PutItem}, {@code UpdateItem}, {@code DeleteItem},
 * {@code ConditionCheckItem}), as DynamoDB authorizes them; account-wide operations are on {@code *}.
 */
final class RequestResources {
  private static final String ARN_PREFIX = "arn:aws:dynamodb:" + Catalog.REGION + ":" + Catalog.ACCOUNT + ":table/";

  private final KeySchemas schemas;

  RequestResources(KeySchemas schemas) {
    this.schemas = schemas;
  }

  List<AccessRequest> of(String operation, Object request) {
    String action = "dynamodb:" + operation;
    if (request instanceof GetItemRequest r) {
      Names n = new Names(r.expressionAttributeNames()).keys(r.key()).expression(r.projectionExpression()).all(r.attributesToGet());
      return List.of(item(action, r.tableName(), one(r.key()), n, readSelect(null, r.projectionExpression(), r.attributesToGet(), null), null));
    }
    if (request instanceof PutItemRequest r) {
      Names n = new Names(r.expressionAttributeNames()).keys(r.item()).expression(r.conditionExpression()).keys(r.expected());
      return List.of(item(action, r.tableName(), one(r.item()), n, null, name(r.returnValues())));
    }
    if (request instanceof UpdateItemRequest r) {
      Names n = new Names(r.expressionAttributeNames()).keys(r.key()).expression(r.updateExpression())
          .expression(r.conditionExpression()).keys(r.attributeUpdates()).keys(r.expected());
      return List.of(item(action, r.tableName(), one(r.key()), n, null, name(r.returnValues())));
    }
    if (request instanceof DeleteItemRequest r) {
      Names n = new Names(r.expressionAttributeNames()).keys(r.key()).expression(r.conditionExpression()).keys(r.expected());
      return List.of(item(action, r.tableName(), one(r.key()), n, null, name(r.returnValues())));
    }
    if (request instanceof QueryRequest r) {
      return List.of(query(action, r));
    }
    if (request instanceof ScanRequest r) {
      Names n = new Names(r.expressionAttributeNames()).expression(r.projectionExpression()).expression(r.filterExpression())
          .all(r.attributesToGet()).keys(r.scanFilter());
      String select = readSelect(name(r.select()), r.projectionExpression(), r.attributesToGet(), r.indexName());
      // A scan names no partition: dynamodb:LeadingKeys is absent, as in DynamoDB.
      return List.of(new AccessRequest(action, arn(r.tableName(), r.indexName()), new ItemFacts(List::of, n.set(), select, null)));
    }
    if (request instanceof BatchGetItemRequest r) {
      List<AccessRequest> out = new ArrayList<>();
      for (Map.Entry<String, KeysAndAttributes> e : orEmpty(r.requestItems()).entrySet()) {
        KeysAndAttributes k = e.getValue();
        Names n = new Names(k == null ? null : k.expressionAttributeNames());
        List<Map<String, AttributeValue>> keys = k == null || k.keys() == null ? List.of() : k.keys();
        keys.forEach(n::keys);
        if (k != null) {
          n.expression(k.projectionExpression()).all(k.attributesToGet());
        }
        String select = k == null ? null : readSelect(null, k.projectionExpression(), k.attributesToGet(), null);
        out.add(item(action, e.getKey(), keys, n, select, null));
      }
      return out;
    }
    if (request instanceof BatchWriteItemRequest r) {
      List<AccessRequest> out = new ArrayList<>();
      for (Map.Entry<String, List<WriteRequest>> e : orEmpty(r.requestItems()).entrySet()) {
        Names n = new Names(null);
        List<Map<String, AttributeValue>> touched = new ArrayList<>();
        for (WriteRequest w : e.getValue() == null ? List.<WriteRequest>of() : e.getValue()) {
          Map<String, AttributeValue> m =
              w == null ? null : w.putRequest() != null ? w.putRequest().item() : w.deleteRequest() != null ? w.deleteRequest().key() : null;
          if (m != null) {
            touched.add(m);
            n.keys(m);
          }
        }
        out.add(item(action, e.getKey(), touched, n, null, null));
      }
      return out;
    }
    if (request instanceof TransactGetItemsRequest r) {
      List<AccessRequest> out = new ArrayList<>();
      for (TransactGetItem t : orEmpty(r.transactItems())) {
        if (t != null && t.get() != null) {
          var g = t.get();
          Names n = new Names(g.expressionAttributeNames()).keys(g.key()).expression(g.projectionExpression());
          out.add(item("dynamodb:GetItem", g.tableName(), one(g.key()), n, readSelect(null, g.projectionExpression(), null, null), null));
        }
      }
      return out;
    }
    if (request instanceof TransactWriteItemsRequest r) {
      List<AccessRequest> out = new ArrayList<>();
      for (TransactWriteItem t : orEmpty(r.transactItems())) {
        if (t != null) {
          out.addAll(TransactItems.of(t, this));
        }
      }
      return out;
    }
    if (request instanceof CreateTableRequest r && r.resourcePolicy() != null) {
      // Creating a table with a policy is also attaching that policy: DynamoDB asks for both.
      return List.of(new AccessRequest(action, arn(r.tableName(), null), RequestFacts.NONE),
          new AccessRequest("dynamodb:PutResourcePolicy", arn(r.tableName(), null), RequestFacts.NONE));
    }
    String table = tableOf(request);
    if (table != null) {
      return List.of(new AccessRequest(action, arn(table, null), RequestFacts.NONE));
    }
    String resourceArn = resourceArnOf(request);
    return List.of(new AccessRequest(action, resourceArn != null ? resourceArn : "*", RequestFacts.NONE));
  }

  /** One item-level access on a table: keys or items give the partition values. */
  AccessRequest item(
      String action, String table, List<Map<String, AttributeValue>> keysOrItems, Names names, String select, String returnValues) {
    Supplier<List<String>> leading = () -> {
      String pk = schemas.partitionKey(table, null);
      List<String> values = new ArrayList<>();
      if (pk != null) {
        for (Map<String, AttributeValue> m : keysOrItems) {
          addText(values, m == null ? null : m.get(pk));
        }
      }
      return values;
    };
    return new AccessRequest(action, arn(table, null), new ItemFacts(leading, names.set(), select, returnValues));
  }

  private AccessRequest query(String action, QueryRequest r) {
    Names n = new Names(r.expressionAttributeNames()).expression(r.projectionExpression()).expression(r.filterExpression())
        .expression(r.keyConditionExpression()).all(r.attributesToGet()).keys(r.keyConditions()).keys(r.queryFilter());
    Supplier<List<String>> leading = () -> {
      String pk = schemas.partitionKey(r.tableName(), r.indexName());
      List<String> values = new ArrayList<>();
      if (pk == null) {
        return values;
      }
      Condition legacy = r.keyConditions() == null ? null : r.keyConditions().get(pk);
      if (legacy != null && legacy.comparisonOperator() == ComparisonOperator.EQ && legacy.attributeValueList() != null) {
        legacy.attributeValueList().forEach(v -> addText(values, v));
      }
      Map<String, AttributeValue> exprValues = r.expressionAttributeValues() == null ? Map.of() : r.expressionAttributeValues();
      Map<String, String> exprNames = r.expressionAttributeNames() == null ? Map.of() : r.expressionAttributeNames();
      ExpressionNames.equalities(r.keyConditionExpression(), pk, exprNames, exprValues).forEach(v -> addText(values, v));
      return values;
    };
    String select = readSelect(name(r.select()), r.projectionExpression(), r.attributesToGet(), r.indexName());
    return new AccessRequest(action, arn(r.tableName(), r.indexName()), new ItemFacts(leading, n.set(), select, null));
  }

  /** The table's ARN (a table named by ARN is taken as it is), or its index's. */
  static String arn(String table, String index) {
    String name = table == null ? "" : table;
    String tableArn = name.startsWith("arn:") ? name : ARN_PREFIX + name;
    return index == null ? tableArn : tableArn + "/index/" + index;
  }

  /** Select as given, or what the read returns without one. */
  private static String readSelect(String select, String projection, List<String> attributesToGet, String index) {
    if (select != null) {
      return select;
    }
    if (projection != null || attributesToGet != null && !attributesToGet.isEmpty()) {
      return "SPECIFIC_ATTRIBUTES";
    }
    return index == null ? "ALL_ATTRIBUTES" : "ALL_PROJECTED_ATTRIBUTES";
  }

  private static String tableOf(Object request) {
    if (request instanceof CreateTableRequest r) {
      return r.tableName();
    } else if (request instanceof DescribeTableRequest r) {
      return r.tableName();
    } else if (request instanceof UpdateTableRequest r) {
      return r.tableName();
    } else if (request instanceof DeleteTableRequest r) {
      return r.tableName();
    } else if (request instanceof UpdateTimeToLiveRequest r) {
      return r.tableName();
    } else if (request instanceof DescribeTimeToLiveRequest r) {
      return r.tableName();
    }
    return null;
  }

  private static String resourceArnOf(Object request) {
    if (request instanceof TagResourceRequest r) {
      return r.resourceArn();
    } else if (request instanceof UntagResourceRequest r) {
      return r.resourceArn();
    } else if (request instanceof ListTagsOfResourceRequest r) {
      return r.resourceArn();
    } else if (request instanceof DescribeStreamRequest r) {
      return r.streamArn();
    } else if (request instanceof GetShardIteratorRequest r) {
      return r.streamArn();
    } else if (request instanceof GetRecordsRequest r && r.shardIterator() != null) {
      int bar = r.shardIterator().indexOf('|'); // an iterator starts with its stream's ARN
      return bar > 0 ? r.shardIterator().substring(0, bar) : null;
    } else if (request instanceof PutResourcePolicyRequest r) {
      return r.resourceArn();
    } else if (request instanceof GetResourcePolicyRequest r) {
      return r.resourceArn();
    } else if (request instanceof DeleteResourcePolicyRequest r) {
      return r.resourceArn();
    }
    return null;
  }

  private static void addText(List<String> out, AttributeValue v) {
    if (v instanceof AttributeValue.S s) {
      out.add(s.value());
    } else if (v instanceof AttributeValue.N n) {
      out.add(n.text());
    } else if (v instanceof AttributeValue.B b) {
      out.add(b.value().toBase64());
    }
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  // Members may be missing: the operation reports that after authorization, which must not fail on it.
  private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
    return map == null ? Map.of() : map;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** The item or key of a single-item request, or nothing when the request lacks it. */
  static List<Map<String, AttributeValue>> one(Map<String, AttributeValue> keyOrItem) {
    return keyOrItem == null ? List.of() : List.of(keyOrItem);
  }
}
