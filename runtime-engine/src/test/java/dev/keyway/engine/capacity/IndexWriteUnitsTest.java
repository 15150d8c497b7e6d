package dev.keyway.engine.capacity;

import static dev.keyway.engine.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.ScalarAttributeType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Index write units from an item's images, by DynamoDB's rules. */
class IndexWriteUnitsTest {
  private static final KeySpec TABLE =
      new KeySpec("PK", ScalarAttributeType.S, "SK", ScalarAttributeType.S);
  private static final KeySpec GSI_KEY =
      new KeySpec("G", ScalarAttributeType.S, null, null);
  private static final IndexSpec ALL =
      new IndexSpec("All", true, GSI_KEY, ProjectionType.ALL, List.of(), null, null);
  private static final IndexSpec KEYS =
      new IndexSpec("Keys", true, GSI_KEY, ProjectionType.KEYS_ONLY, List.of(), null, null);

  private static StoredItem stored(Object... pairs) {
    return StoredItem.of(item(pairs));
  }

  private static final String KB = "x".repeat(1100);

  @Test
  void anEntryPutOrRemovedCostsItsProjection() {
    StoredItem big = stored("PK", "a", "SK", "b", "G", "g", "v", KB);
    assertThat(IndexWriteUnits.of(ALL, TABLE, null, big)).isEqualTo(2.0);
    assertThat(IndexWriteUnits.of(ALL, TABLE, big, null)).isEqualTo(2.0);
    assertThat(IndexWriteUnits.of(KEYS, TABLE, null, big)).isEqualTo(1.0);
  }

  @Test
  void anItemOutsideTheSparseIndexCostsNothing() {
    StoredItem unindexed = stored("PK", "a", "SK", "b", "v", "1");
    assertThat(IndexWriteUnits.of(ALL, TABLE, null, unindexed)).isEqualTo(0.0);
    assertThat(IndexWriteUnits.of(ALL, TABLE, unindexed, null)).isEqualTo(0.0);
  }

  @Test
  void anEntryUpdatedInPlaceCostsTheLargerProjectionOrNothingWhenUnchanged() {
    StoredItem small = stored("PK", "a", "SK", "b", "G", "g", "v", "1");
    StoredItem big = stored("PK", "a", "SK", "b", "G", "g", "v", KB);
    assertThat(IndexWriteUnits.of(ALL, TABLE, big, small)).isEqualTo(2.0);
    assertThat(IndexWriteUnits.of(ALL, TABLE, small, small)).isEqualTo(0.0);
    // only a non-projected attribute changed
    assertThat(IndexWriteUnits.of(KEYS, TABLE, small, big)).isEqualTo(0.0);
  }

  @Test
  void anEntryThatMovesPaysForBothPlaces() {
    StoredItem before = stored("PK", "a", "SK", "b", "G", "g1", "v", KB);
    StoredItem after = stored("PK", "a", "SK", "b", "G", "g2", "v", "1");
    assertThat(IndexWriteUnits.of(ALL, TABLE, before, after)).isEqualTo(3.0);
  }
}
