package dev.keyway.cache;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.Get;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.ReturnValue;
import dev.keyway.ops.TransactGetItem;
import dev.keyway.ops.TransactGetItemsRequest;
import dev.keyway.ops.UpdateItemRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** GetItem through the item cache, and the single-item writes that keep it current. */
class BackendCacheItemTest {
  private final CachedShop shop = new CachedShop();

  @AfterEach
  void close() {
    shop.close();
  }

  @Nested
  class Reads {
    @Test
    void aSecondReadIsAnsweredFromTheCache() {
      shop.putBehindTheCache("u1", "p", "Ada");

      assertThat(shop.name("u1", "p")).isEqualTo("Ada");
      assertThat(shop.name("u1", "p")).isEqualTo("Ada");

      assertThat(shop.calls("GetItem")).isEqualTo(1);
      assertThat(shop.cache.itemStatistics()).isEqualTo(new CacheStatistics(1, 1, 0));
    }

    @Test
    void aMissingItemIsCachedAsMissing() {
      assertThat(shop.get("u1", "p")).isNull();
      shop.putBehindTheCache("u1", "p", "Ada");

      assertThat(shop.get("u1", "p")).as("negative caching, as DAX").isNull();
      assertThat(shop.calls("GetItem")).isEqualTo(1);
    }

    @Test
    void anEntryExpiresAfterItsTimeToLive() {
      shop.putBehindTheCache("u1", "p", "Ada");
      shop.name("u1", "p");
      shop.putBehindTheCache("u1", "p", "Grace");

      shop.advance(Duration.ofMinutes(5).minusNanos(1));
      assertThat(shop.name("u1", "p")).as("still within DAX's default five minutes").isEqualTo("Ada");
      shop.advance(Duration.ofNanos(1));
      assertThat(shop.name("u1", "p")).isEqualTo("Grace");

      assertThat(shop.calls("GetItem")).isEqualTo(2);
      assertThat(shop.cache.itemStatistics().evictions()).isEqualTo(1);
    }

    @Test
    void theItemTimeToLiveIsConfigurable() {
      try (CachedShop quick = new CachedShop(CacheOptions.defaults().withItemTtl(Duration.ofSeconds(1)))) {
        quick.putBehindTheCache("u1", "p", "Ada");
        quick.name("u1", "p");
        quick.putBehindTheCache("u1", "p", "Grace");
        quick.advance(Duration.ofSeconds(1));

        assertThat(quick.name("u1", "p")).isEqualTo("Grace");
      }
    }

    @Test
    void theSizeBoundEvicts() {
      try (CachedShop small = new CachedShop(CacheOptions.defaults().withItemMaxEntries(2))) {
        for (String user : List.of("u1", "u2", "u3")) {
          small.putBehindTheCache(user, "p", user);
          small.name(user, "p");
        }

        assertThat(small.cache.itemStatistics().evictions()).isEqualTo(1);
        for (String user : List.of("u1", "u2", "u3")) {
          assertThat(small.name(user, "p")).isEqualTo(user);
        }
        assertThat(small.calls("GetItem")).as("one of three was read again").isGreaterThan(3);
      }
    }

    @Test
    void stronglyConsistentReadsBypassTheCache() {
      shop.putBehindTheCache("u1", "p", "Ada");
      GetItemRequest consistent = GetItemRequest.builder().tableName("Shop")
          .key(item("PK", "u1", "SK", "p")).consistentRead(true).build();
      shop.cached.getItem(consistent);
      shop.putBehindTheCache("u1", "p", "Grace");

      assertThat(shop.cached.getItem(consistent).item().get("name")).isEqualTo(AttributeValue.s("Grace"));
      assertThat(shop.calls("GetItem")).isEqualTo(2);
      assertThat(shop.cache.itemStatistics()).isEqualTo(new CacheStatistics(0, 0, 0));
      assertThat(shop.name("u1", "p")).as("an eventually consistent read is not served by them")
          .isEqualTo("Grace");
      assertThat(shop.calls("GetItem")).isEqualTo(3);
    }

    @Test
    void eachProjectionIsCachedApart() {
      shop.putBehindTheCache("u1", "p", "Ada");
      GetItemRequest projected = GetItemRequest.builder().tableName("Shop")
          .key(item("PK", "u1", "SK", "p")).projectionExpression("#n").expressionAttributeNames(names("#n", "name"))
          .build();

      assertThat(shop.cached.getItem(projected).item()).isEqualTo(item("name", "Ada"));
      assertThat(shop.get("u1", "p")).isEqualTo(item("PK", "u1", "SK", "p", "name", "Ada"));
      assertThat(shop.cached.getItem(projected).item()).isEqualTo(item("name", "Ada"));
      assertThat(shop.calls("GetItem")).isEqualTo(2);

      shop.put("u1", "p", "Grace");
      assertThat(shop.cached.getItem(projected).item()).as("a write drops every shape of its item")
          .isEqualTo(item("name", "Grace"));
    }

    @Test
    void transactGetItemsPassesThroughUncached() {
      shop.putBehindTheCache("u1", "p", "Ada");
      TransactGetItemsRequest read = new TransactGetItemsRequest(
          List.of(new TransactGetItem(new Get(item("PK", "u1", "SK", "p"), "Shop", null, null))), null);

      shop.cached.transactGetItems(read);
      shop.putBehindTheCache("u1", "p", "Grace");

      assertThat(shop.cached.transactGetItems(read).responses().get(0).item().get("name"))
          .isEqualTo(AttributeValue.s("Grace"));
      assertThat(shop.calls("TransactGetItems")).isEqualTo(2);
    }
  }

  @Nested
  class Writes {
    @Test
    void aPutIsWrittenThrough() {
      shop.cacheAda();
      shop.put("u1", "p", "Grace");

      assertThat(shop.name("u1", "p")).isEqualTo("Grace");
      assertThat(shop.calls("GetItem")).isEqualTo(1);
    }

    @Test
    void aPutOverAMissingItemIsWrittenThrough() {
      assertThat(shop.get("u1", "p")).isNull();
      shop.put("u1", "p", "Ada");

      assertThat(shop.name("u1", "p")).isEqualTo("Ada");
      assertThat(shop.calls("GetItem")).isEqualTo(1);
    }

    @Test
    void aDeleteIsWrittenThroughAsMissing() {
      shop.cacheAda();
      shop.cached.deleteItem(DeleteItemRequest.builder().tableName("Shop").key(item("PK", "u1", "SK", "p")).build());

      assertThat(shop.get("u1", "p")).isNull();
      assertThat(shop.calls("GetItem")).isEqualTo(1);
    }

    @Test
    void anUpdateForgetsTheItem() {
      shop.cacheAda();
      shop.cached.updateItem(rename("Grace").build());

      assertThat(shop.name("u1", "p")).isEqualTo("Grace");
      assertThat(shop.calls("GetItem")).isEqualTo(2);
    }

    @Test
    void anUpdateReturningTheNewItemIsWrittenThrough() {
      shop.cacheAda();
      shop.cached.updateItem(rename("Grace").returnValues(ReturnValue.ALL_NEW).build());

      assertThat(shop.name("u1", "p")).isEqualTo("Grace");
      assertThat(shop.calls("GetItem")).isEqualTo(1);
    }

    private UpdateItemRequest.Builder rename(String name) {
      return UpdateItemRequest.builder().tableName("Shop").key(item("PK", "u1", "SK", "p"))
          .updateExpression("SET #n = :n").expressionAttributeNames(names("#n", "name"))
          .expressionAttributeValues(item(":n", name));
    }
  }

  @Nested
  class Errors {
    @Test
    void aReadOfAMissingTableFailsEveryTime() {
      GetItemRequest read = GetItemRequest.builder().tableName("Nope").key(item("PK", "u1", "SK", "p")).build();
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> shop.cached.getItem(read))
            .isInstanceOf(ResourceNotFoundException.class)
            .hasMessage("Requested resource not found");
      }
      assertThat(shop.calls("GetItem")).isEqualTo(2);
    }

    @Test
    void aKeyThatDoesNotMatchTheSchemaFailsAsWithoutTheCache() {
      GetItemRequest read = GetItemRequest.builder().tableName("Shop").key(item("PK", "u1")).build();

      assertThatThrownBy(() -> shop.cached.getItem(read))
          .isInstanceOf(ValidationException.class)
          .hasMessage("The provided key element does not match the schema");
    }

    @Test
    void aFailedConditionalWritePassesThroughAndForgetsTheItem() {
      shop.cacheAda();
      PutItemRequest onlyIfNew = PutItemRequest.builder().tableName("Shop")
          .item(item("PK", "u1", "SK", "p", "name", "Grace")).conditionExpression("attribute_not_exists(PK)").build();

      assertThatThrownBy(() -> shop.cached.putItem(onlyIfNew))
          .isInstanceOf(ConditionalCheckFailedException.class)
          .hasMessage("The conditional request failed");
      assertThat(shop.name("u1", "p")).isEqualTo("Ada");
      assertThat(shop.calls("GetItem")).isEqualTo(2);
    }
  }
}
