package dev.keyway.cache;

import static dev.keyway.engine.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BatchGetItemRequest;
import dev.keyway.ops.BatchGetItemResponse;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.KeysAndAttributes;
import dev.keyway.ops.Put;
import dev.keyway.ops.PutRequest;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.WriteRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** BatchGetItem through the item cache, and the multi-item writes that keep it current. */
class BackendCacheBatchTest {
  private final CachedShop shop = new CachedShop();

  @AfterEach
  void close() {
    shop.close();
  }

  @Test
  void onlyTheKeysNotCachedReachTheBackend() {
    shop.putBehindTheCache("u1", "p", "Ada");
    shop.putBehindTheCache("u2", "p", "Grace");
    shop.name("u1", "p");

    BatchGetItemResponse response = shop.cached.batchGetItem(batchGet(false, "u1", "u2", "u3"));

    assertThat(names(response)).containsExactlyInAnyOrder("Ada", "Grace");
    assertThat(shop.lastRequest("BatchGetItem", BatchGetItemRequest.class).requestItems().get("Shop").keys())
        .containsExactly(key("u2"), key("u3"));
    assertThat(shop.cache.itemStatistics()).isEqualTo(new CacheStatistics(1, 3, 0));
  }

  @Test
  void aBatchOfCachedKeysNeverReachesTheBackend() {
    shop.putBehindTheCache("u1", "p", "Ada");
    shop.cached.batchGetItem(batchGet(false, "u1", "u2"));

    BatchGetItemResponse again = shop.cached.batchGetItem(batchGet(false, "u1", "u2"));

    assertThat(names(again)).containsExactly("Ada");
    assertThat(again.unprocessedKeys()).isEmpty();
    assertThat(shop.calls("BatchGetItem")).isEqualTo(1);
    assertThat(shop.name("u1", "p")).as("GetItem and BatchGetItem share the item cache").isEqualTo("Ada");
    assertThat(shop.calls("GetItem")).isZero();
  }

  @Test
  void stronglyConsistentBatchesBypassTheCache() {
    shop.putBehindTheCache("u1", "p", "Ada");
    shop.cached.batchGetItem(batchGet(true, "u1"));
    shop.putBehindTheCache("u1", "p", "Grace");

    assertThat(names(shop.cached.batchGetItem(batchGet(true, "u1")))).containsExactly("Grace");
    assertThat(shop.calls("BatchGetItem")).isEqualTo(2);
  }

  @Test
  void aBatchDynamoDbRejectsIsRejectedEvenWhenCached() {
    shop.putBehindTheCache("u1", "p", "Ada");
    shop.name("u1", "p");

    assertThatThrownBy(() -> shop.cached.batchGetItem(batchGet(false, "u1", "u1")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Provided list of item keys contains duplicates");
  }

  @Test
  void aBatchWriteForgetsTheItemsItWrote() {
    shop.cacheAda();
    shop.cached.batchWriteItem(new BatchWriteItemRequest(Map.of("Shop", List.of(
        new WriteRequest(new PutRequest(item("PK", "u1", "SK", "p", "name", "Grace")), null))), null, null));

    assertThat(shop.name("u1", "p")).isEqualTo("Grace");
  }

  @Test
  void aTransactionForgetsTheItemsItWrote() {
    shop.cacheAda();
    shop.cached.transactWriteItems(new TransactWriteItemsRequest(List.of(new TransactWriteItem(null,
        new Put(item("PK", "u1", "SK", "p", "name", "Grace"), "Shop", null, null, null, null), null, null)),
        null, null, null));

    assertThat(shop.name("u1", "p")).isEqualTo("Grace");
  }

  private static BatchGetItemRequest batchGet(boolean consistent, String... users) {
    List<Map<String, AttributeValue>> keys = java.util.Arrays.stream(users).map(BackendCacheBatchTest::key).toList();
    return new BatchGetItemRequest(Map.of("Shop", new KeysAndAttributes(keys, null, consistent, null, null)), null);
  }

  private static Map<String, AttributeValue> key(String user) {
    return item("PK", user, "SK", "p");
  }

  private static List<String> names(BatchGetItemResponse response) {
    return response.responses().get("Shop").stream()
        .map(found -> ((AttributeValue.S) found.get("name")).value()).toList();
  }
}
