package dev.keyway.cache;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BatchGetItemRequest;
import dev.keyway.ops.BatchGetItemResponse;
import dev.keyway.ops.GetItemResponse;
import dev.keyway.ops.KeysAndAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One BatchGetItem through the item cache: keys found in the cache are answered from it, the rest
 * go to the backend in one smaller request, and what comes back is remembered, including the keys
 * that came back without an item. Tables read with ConsistentRead go to the backend whole.
 */
final class BatchGetReads {
  /** DynamoDB's limit of keys in one BatchGetItem. */
  private static final int MAX_KEYS = 100;

  private final ItemCache items;
  private final BatchGetItemRequest request;
  private final Map<String, List<Map<String, AttributeValue>>> found = new LinkedHashMap<>();
  private final Map<String, KeysAndAttributes> missing = new LinkedHashMap<>();

  private BatchGetReads(ItemCache items, BatchGetItemRequest request) {
    this.items = items;
    this.request = request;
  }

  static BatchGetItemResponse run(
      ItemCache items, BatchGetItemRequest request, Function<BatchGetItemRequest, BatchGetItemResponse> backend) {
    if (!answerable(request)) {
      return backend.apply(request); // the backend gives the validation error
    }
    BatchGetReads reads = new BatchGetReads(items, request);
    reads.lookUp();
    if (reads.missing.isEmpty()) {
      return new BatchGetItemResponse(reads.found, Map.of(), null);
    }
    BatchGetItemResponse response =
        backend.apply(new BatchGetItemRequest(reads.missing, request.returnConsumedCapacity()));
    reads.remember(response);
    return reads.merge(response);
  }

  private void lookUp() {
    request.requestItems().forEach((table, read) -> {
      if (Boolean.TRUE.equals(read.consistentRead())) {
        missing.put(table, read);
        return;
      }
      ReadShape shape = ReadShape.of(read);
      List<Map<String, AttributeValue>> hits = new ArrayList<>();
      List<Map<String, AttributeValue>> misses = new ArrayList<>();
      for (Map<String, AttributeValue> key : read.keys()) {
        GetItemResponse answer = items.find(table, key, shape);
        if (answer == null) {
          misses.add(key);
        } else if (answer.item() != null) {
          hits.add(answer.item());
        }
      }
      items.tally().hits(read.keys().size() - misses.size());
      items.tally().misses(misses.size());
      if (!hits.isEmpty()) {
        found.put(table, hits);
      }
      if (!misses.isEmpty()) {
        missing.put(table, new KeysAndAttributes(
            misses, read.attributesToGet(), read.consistentRead(), read.projectionExpression(),
            read.expressionAttributeNames()));
      }
    });
  }

  /**
   * Whether the cache may answer any of this request: a batch DynamoDB would reject for its shape
   * (no keys, more than 100, a key twice) must reach the backend even when every key is cached.
   */
  private static boolean answerable(BatchGetItemRequest request) {
    if (request.requestItems() == null || request.requestItems().isEmpty()) {
      return false;
    }
    int total = 0;
    for (KeysAndAttributes read : request.requestItems().values()) {
      if (read == null || read.keys() == null || read.keys().isEmpty()
          || new HashSet<>(read.keys()).size() != read.keys().size()) {
        return false;
      }
      total += read.keys().size();
    }
    return total <= MAX_KEYS;
  }

  /**
   * Pairs returned items with the keys asked for. A key neither returned nor unprocessed has no
   * item. When the projection left out a key attribute the items cannot be paired, and nothing of
   * that table is remembered.
   */
  private void remember(BatchGetItemResponse response) {
    missing.forEach((table, read) -> {
      if (Boolean.TRUE.equals(read.consistentRead())) {
        return;
      }
      ReadShape shape = ReadShape.of(read);
      Set<String> keyNames = read.keys().get(0).keySet();
      List<Map<String, AttributeValue>> returned =
          response.responses() == null ? List.of() : response.responses().getOrDefault(table, List.of());
      Map<Map<String, AttributeValue>, Map<String, AttributeValue>> byKey = new LinkedHashMap<>();
      for (Map<String, AttributeValue> item : returned) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String name : keyNames) {
          if (!item.containsKey(name)) {
            return;
          }
          key.put(name, item.get(name));
        }
        byKey.put(key, item);
      }
      Set<Map<String, AttributeValue>> unprocessed = new HashSet<>();
      KeysAndAttributes later = response.unprocessedKeys() == null ? null : response.unprocessedKeys().get(table);
      if (later != null && later.keys() != null) {
        unprocessed.addAll(later.keys());
      }
      for (Map<String, AttributeValue> key : read.keys()) {
        if (!unprocessed.contains(key)) {
          items.remember(table, key, shape, byKey.get(key));
        }
      }
    });
  }

  private BatchGetItemResponse merge(BatchGetItemResponse response) {
    if (found.isEmpty()) {
      return response;
    }
    Map<String, List<Map<String, AttributeValue>>> all = new LinkedHashMap<>();
    if (response.responses() != null) {
      all.putAll(response.responses());
    }
    found.forEach((table, hits) -> all.merge(table, hits, BatchGetReads::concat));
    return new BatchGetItemResponse(all, response.unprocessedKeys(), response.consumedCapacity());
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }
}
