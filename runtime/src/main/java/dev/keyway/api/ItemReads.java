package dev.keyway.api;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.Get;
import dev.keyway.ops.ItemResponse;
import dev.keyway.ops.TransactGetItem;
import dev.keyway.ops.TransactGetItemsRequest;
import dev.keyway.ops.TransactGetItemsResponse;
import dev.keyway.spi.Backend;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads of items of several entity types of one table, collected and then run together, built by a
 * generated facade's {@code reads()}. Each {@link #get(EntityKey)} returns a typed {@link Read}
 * handle; {@link #transact()} runs them as one TransactGetItems (a consistent snapshot, all or
 * nothing, at most 100 distinct items), {@link #batch(boolean)} through BatchGetItem (100 keys per
 * request, unprocessed keys retried, no isolation between items). A key read twice is read once.
 *
 * <pre>{@code
 * ItemReads reads = shop.reads();
 * Read<Customer> customer = reads.get(CustomerKeys.of("u1"));
 * Read<Order> order = reads.get(OrderKeys.of("u1", day, "o1"));
 * ReadResult got = reads.transact();
 * Optional<Customer> c = got.get(customer);
 * }</pre>
 */
public final class ItemReads {
  private final Backend backend;
  private final String tableName;
  private final Map<Class<?>, EntityRepository<?>> repositories;
  private final List<Class<?>> types = new ArrayList<>();
  private final List<Map<String, AttributeValue>> keys = new ArrayList<>();

  public ItemReads(Backend backend, String tableName, Map<Class<?>, EntityRepository<?>> repositories) {
    this.backend = backend;
    this.tableName = tableName;
    this.repositories = Map.copyOf(repositories);
  }

  /** Adds the read of the item with this typed key; its entity type comes from the key. */
  public <T> Read<T> get(EntityKey<T> key) {
    Class<T> type = key.entityType();
    if (!repositories.containsKey(type)) {
      throw new IllegalArgumentException(type.getName() + " is not an entity of table " + tableName);
    }
    types.add(type);
    keys.add(key.attributes());
    return new Read<>(this, keys.size() - 1, type);
  }

  /** The number of reads added. */
  public int size() {
    return keys.size();
  }

  /** Runs the reads as one TransactGetItems: every item as of one point in time. */
  public ReadResult transact() {
    List<Map<String, AttributeValue>> distinct = distinctKeys();
    Map<Map<String, AttributeValue>, Map<String, AttributeValue>> found = new HashMap<>();
    if (!distinct.isEmpty()) {
      List<TransactGetItem> gets = new ArrayList<>();
      for (Map<String, AttributeValue> k : distinct) {
        gets.add(TransactGetItem.builder().get(Get.builder().tableName(tableName).key(k).build()).build());
      }
      TransactGetItemsResponse r = backend.transactGetItems(
          TransactGetItemsRequest.builder().transactItems(gets).build());
      List<ItemResponse> responses = r.responses() == null ? List.of() : r.responses();
      for (int i = 0; i < responses.size(); i++) {
        Map<String, AttributeValue> item = responses.get(i) == null ? null : responses.get(i).item();
        if (item != null && !item.isEmpty()) {
          found.put(distinct.get(i), item);
        }
      }
    }
    return result(found);
  }

  /** Runs the reads through BatchGetItem, strongly consistent when asked. */
  public ReadResult batch(boolean consistentRead) {
    List<Map<String, AttributeValue>> distinct = distinctKeys();
    Map<Map<String, AttributeValue>, Map<String, AttributeValue>> found = new HashMap<>();
    if (!distinct.isEmpty()) {
      for (Map<String, AttributeValue> item : BatchRunner.defaults(backend, tableName).get(distinct, consistentRead)) {
        Map<String, AttributeValue> key = new HashMap<>();
        for (String name : distinct.get(0).keySet()) {
          key.put(name, item.get(name));
        }
        found.put(key, item);
      }
    }
    return result(found);
  }

  private List<Map<String, AttributeValue>> distinctKeys() {
    return List.copyOf(new LinkedHashSet<>(keys));
  }

  private ReadResult result(Map<Map<String, AttributeValue>, Map<String, AttributeValue>> found) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Map<String, AttributeValue> item = found.get(keys.get(i));
      values.add(item == null ? null : repositories.get(types.get(i)).schema().fromItem(item));
    }
    return new ReadResult(this, values);
  }
}
