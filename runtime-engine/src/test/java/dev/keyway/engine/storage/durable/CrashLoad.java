package dev.keyway.engine.storage.durable;

import dev.keyway.engine.Engine;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.CreateGlobalSecondaryIndexAction;
import dev.keyway.ops.Delete;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.DeleteRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.GlobalSecondaryIndexUpdate;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.Projection;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.Put;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.PutRequest;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.Update;
import dev.keyway.ops.UpdateItemRequest;
import dev.keyway.ops.UpdateTableRequest;
import dev.keyway.ops.WriteRequest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The child JVM of {@link CrashTest}: writes to table {@code Crash} until killed, one writer, and
 * prints {@code DO <op>} before each write and {@code OK} (or {@code FAIL} when a condition refused
 * it) once it returned. Ops: {@code P k v g} put, {@code U k v g} update, {@code D k} delete,
 * {@code B op|op..} a batch, {@code T op|op..} a transaction, {@code G} adding the GSI; {@code g} is
 * {@code -} when the item has no GSI key (sparse index).
 */
public final class CrashLoad {
  static final String TABLE = "Crash";
  static final String INDEX = "ByG";
  private static final PrintStream OUT = new PrintStream(System.out, false);

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    Random random = new Random(Long.parseLong(args[1]));
    Durability mode = Durability.valueOf(args[2]);
    Engine engine = Engine.builder().durable(dir, DurableOptions.defaults().withDurability(mode)
        .withGroupWindow(Duration.ofMillis(1)).withCheckpointBytes(32 << 10)).build();
    boolean indexed = engine.describeTable(new DescribeTableRequest(TABLE)).table().globalSecondaryIndexes() != null;
    int addIndexAfter = random.nextInt(300);
    line("STATE " + fingerprint(EngineState.scan(engine, TABLE, null)));
    line("READY");
    for (int n = 0; ; n++) {
      if (!indexed && n == addIndexAfter) {
        line("DO G");
        addIndex(engine);
        indexed = true;
        line("OK");
        continue;
      }
      String op = randomOp(random);
      line("DO " + op);
      try {
        run(engine, op);
        line("OK");
      } catch (dev.keyway.error.TransactionCanceledException refused) {
        line("FAIL");
      }
    }
  }

  /** An order-independent digest of a table's items, so the parent can check what the child recovered. */
  static long fingerprint(List<Map<String, AttributeValue>> items) {
    long sum = items.size();
    for (Map<String, AttributeValue> item : items) {
      sum += new java.util.TreeMap<>(item).toString().hashCode() * 31L;
    }
    return sum;
  }

  private static void line(String text) {
    OUT.print(text + "\n");
    OUT.flush();
  }

  private static String randomOp(Random random) {
    int kind = random.nextInt(10);
    if (kind < 5) {
      return single(random, kind < 3 ? "P" : kind < 4 ? "U" : "D", key(random));
    }
    Set<String> keys = new LinkedHashSet<>();
    int size = 2 + random.nextInt(kind < 7 ? 8 : 4);
    while (keys.size() < size) {
      keys.add(key(random));
    }
    List<String> parts = new ArrayList<>();
    boolean batch = kind < 7;
    for (String k : keys) {
      int sub = random.nextInt(batch ? 2 : 3);
      parts.add(single(random, sub == 0 ? "P" : sub == 1 ? "D" : "U", k));
    }
    if (!batch && random.nextInt(5) == 0) {
      parts.set(0, "C" + parts.get(0)); // with a condition that the item is absent
    }
    return (batch ? "B " : "T ") + String.join("|", parts);
  }

  private static String key(Random random) {
    return "k" + random.nextInt(120);
  }

  private static String single(Random random, String kind, String key) {
    if (kind.equals("D")) {
      return "D " + key;
    }
    String g = random.nextInt(4) == 0 ? "-" : "g" + random.nextInt(6);
    return kind + " " + key + " " + random.nextInt(1_000_000) + " " + g;
  }

  private static void run(Engine engine, String op) {
    String[] f = op.split(" ", 2);
    switch (f[0]) {
      case "P" -> engine.putItem(PutItemRequest.builder().tableName(TABLE).item(item(op.split(" "))).build());
      case "U" -> {
        String[] p = op.split(" ");
        engine.updateItem(UpdateItemRequest.builder().tableName(TABLE).key(key(p[1]))
            .updateExpression(p[3].equals("-") ? "SET v = :v REMOVE g" : "SET v = :v, g = :g")
            .expressionAttributeValues(values(p)).build());
      }
      case "D" -> engine.deleteItem(DeleteItemRequest.builder().tableName(TABLE).key(key(op.split(" ")[1])).build());
      case "B" -> batch(engine, f[1].split("\\|"));
      case "T" -> transact(engine, f[1].split("\\|"));
      default -> throw new IllegalArgumentException(op);
    }
  }

  private static void batch(Engine engine, String[] ops) {
    List<WriteRequest> writes = new ArrayList<>();
    for (String op : ops) {
      String[] p = op.split(" ");
      writes.add(p[0].equals("P") ? new WriteRequest(new PutRequest(item(p)), null)
          : new WriteRequest(null, new DeleteRequest(key(p[1]))));
    }
    var left = engine.batchWriteItem(BatchWriteItemRequest.builder()
        .requestItems(Map.of(TABLE, writes)).build()).unprocessedItems();
    if (left != null && !left.isEmpty()) {
      throw new IllegalStateException("unprocessed items: " + left);
    }
  }

  private static void transact(Engine engine, String[] ops) {
    List<TransactWriteItem> items = new ArrayList<>();
    for (String op : ops) {
      boolean conditional = op.startsWith("C");
      String[] p = (conditional ? op.substring(1) : op).split(" ");
      String condition = conditional ? "attribute_not_exists(PK)" : null;
      items.add(switch (p[0]) {
        case "P" -> TransactWriteItem.builder().put(Put.builder().tableName(TABLE).item(item(p))
            .conditionExpression(condition).build()).build();
        case "U" -> TransactWriteItem.builder().update(Update.builder().tableName(TABLE).key(key(p[1]))
            .updateExpression(p[3].equals("-") ? "SET v = :v REMOVE g" : "SET v = :v, g = :g")
            .expressionAttributeValues(values(p)).conditionExpression(condition).build()).build();
        default -> TransactWriteItem.builder().delete(Delete.builder().tableName(TABLE).key(key(p[1]))
            .conditionExpression(condition).build()).build();
      });
    }
    engine.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
  }

  private static void addIndex(Engine engine) {
    engine.updateTable(UpdateTableRequest.builder().tableName(TABLE)
        .attributeDefinitions(List.of(new AttributeDefinition("g", ScalarAttributeType.S)))
        .globalSecondaryIndexUpdates(List.of(new GlobalSecondaryIndexUpdate(null,
            new CreateGlobalSecondaryIndexAction(INDEX, List.of(new KeySchemaElement("g", KeyType.HASH)),
                new Projection(ProjectionType.ALL, null), null, null), null))).build());
  }

  private static Map<String, AttributeValue> key(String k) {
    return Map.of("PK", AttributeValue.s(k));
  }

  /** The item of a P or U op: PK, v and (unless "-") g. */
  static Map<String, AttributeValue> item(String[] p) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("PK", AttributeValue.s(p[1]));
    item.put("v", AttributeValue.n(p[2]));
    if (!p[3].equals("-")) {
      item.put("g", AttributeValue.s(p[3]));
    }
    return item;
  }

  private static Map<String, AttributeValue> values(String[] p) {
    Map<String, AttributeValue> values = new LinkedHashMap<>();
    values.put(":v", AttributeValue.n(p[2]));
    if (!p[3].equals("-")) {
      values.put(":g", AttributeValue.s(p[3]));
    }
    return values;
  }
}
