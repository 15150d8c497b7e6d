package dev.keyway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BatchGetItemRequest;
import dev.keyway.ops.BatchGetItemResponse;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.BatchWriteItemResponse;
import dev.keyway.ops.KeysAndAttributes;
import dev.keyway.ops.PutRequest;
import dev.keyway.ops.WriteRequest;
import dev.keyway.spi.Backend;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Chunking, retries of unprocessed keys/items with growing backoff, and giving up. */
class BatchRunnerTest {
  private final List<Long> sleeps = new ArrayList<>();

  private static Backend backend(Function<Object, Object> handler) {
    return (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
        (proxy, method, args) -> handler.apply(args[0]));
  }

  private static Map<String, AttributeValue> key(int i) {
    return Map.of("PK", AttributeValue.s("k" + i));
  }

  @Test
  void getRetriesUnprocessedKeysWithBackoff() {
    List<Integer> sizes = new ArrayList<>();
    Backend b = backend(req -> {
      List<Map<String, AttributeValue>> keys = ((BatchGetItemRequest) req).requestItems().get("T").keys();
      sizes.add(keys.size());
      // process only the first two keys of each request
      List<Map<String, AttributeValue>> done = keys.subList(0, Math.min(2, keys.size()));
      List<Map<String, AttributeValue>> left = keys.subList(done.size(), keys.size());
      return BatchGetItemResponse.builder().responses(Map.of("T", List.copyOf(done)))
          .unprocessedKeys(left.isEmpty() ? Map.of() : Map.of("T", KeysAndAttributes.builder()
              .keys(List.copyOf(left)).build())).build();
    });
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 105; i++) {
      keys.add(key(i));
    }
    List<Map<String, AttributeValue>> got = new BatchRunner(b, "T", 100, 10, sleeps::add).get(keys, false);
    assertEquals(105, got.size());
    assertEquals(List.of(100, 98, 96), sizes.subList(0, 3));
    assertEquals(5, (int) sizes.get(sizes.size() - 3));
    assertEquals(sizes.size() - 2, sleeps.size()); // no sleep before the first try of each chunk
    assertEquals(true, sleeps.get(0) >= 5 && sleeps.get(0) <= 10);
    assertEquals(true, sleeps.get(3) >= 40 && sleeps.get(3) <= 80);
  }

  @Test
  void writeGivesUpAfterMaxAttempts() {
    int[] calls = {0};
    Backend b = backend(req -> {
      calls[0]++;
      return BatchWriteItemResponse.builder()
          .unprocessedItems(((BatchWriteItemRequest) req).requestItems()).build();
    });
    List<WriteRequest> writes = List.of(WriteRequest.builder()
        .putRequest(PutRequest.builder().item(key(1)).build()).build());
    BatchIncompleteException e = assertThrows(BatchIncompleteException.class,
        () -> new BatchRunner(b, "T", 3, 1, sleeps::add).write(writes));
    assertEquals(3, calls[0]);
    assertEquals(1, e.remaining());
    assertEquals(2, sleeps.size());
  }

  @Test
  void writeChunksBy25() {
    List<Integer> sizes = new ArrayList<>();
    Backend b = backend(req -> {
      sizes.add(((BatchWriteItemRequest) req).requestItems().get("T").size());
      return BatchWriteItemResponse.builder().build();
    });
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(key(i)).build()).build());
    }
    new BatchRunner(b, "T", 3, 1, sleeps::add).write(writes);
    assertEquals(List.of(25, 25, 10), sizes);
    assertEquals(0, sleeps.size());
  }
}
