package dev.keyway.engine.storage;

import static dev.keyway.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.model.ItemSize;
import org.junit.jupiter.api.Test;

class StoredItemTest {
  @Test
  void viewBehavesLikeTheOriginalMap() {
    var map = item("PK", "a", "n", 5, "s", "héllo");
    StoredItem stored = StoredItem.of(map);
    assertThat(stored.attributes()).isEqualTo(map);
    assertThat(stored.attributes()).containsExactlyEntriesOf(map);
    assertThat(stored.attributes().get("n")).isEqualTo(n(5));
    assertThat(stored.attributes().get("zz")).isNull();
    assertThat(stored.sizeInBytes()).isEqualTo(ItemSize.of(map));
  }

  @Test
  void ordersKeysLikeDynamoDb() {
    assertThat(KeyOrder.compare(s("a"), s("b"))).isNegative();
    assertThat(KeyOrder.compare(n("10"), n("9"))).isPositive();
    assertThat(KeyOrder.compare(s("\uFFFF"), s("\uD83D\uDE00"))).isNegative();
  }

  @Test
  void segmentsPartitionTheRing() {
    for (int total : new int[] {1, 2, 3, 7, 1000}) {
      for (int seg = 0; seg < total; seg++) {
        long first = KeyOrder.firstHashOf(seg, total);
        assertThat(KeyOrder.segmentOf((int) first, total)).isEqualTo(seg);
        if (first > 0) {
          assertThat(KeyOrder.segmentOf((int) (first - 1), total)).isEqualTo(seg - 1);
        }
      }
    }
  }
}
