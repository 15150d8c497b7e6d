package dev.keyway.processor;

import static dev.keyway.processor.EntityDiagnosticsTest.entity;
import static dev.keyway.processor.Fixtures.assertSingleError;

import com.google.testing.compile.Compilation;
import dev.keyway.processor.diag.Msg;
import org.junit.jupiter.api.Test;

class IndexDiagnosticsTest {
  private static final String ORDER = "record Order(String userId, String orderId, String status) {}\n";
  private static final String ENTITY = "@Entity(table = ShopTable.class, pk = \"USER#{userId}\", sk = \"O#{orderId}\")\n";

  @Test
  void unknownIndexDidYouMean() {
    Compilation c = entity("Order", ENTITY + "@IndexKey(\n    index = \"GSI3\", pk = \"S#{status}\")\n" + ORDER);
    assertSingleError(c, "Order.java", Msg.UNKNOWN_INDEX,
        "@IndexKey names index \"GSI3\", which table \"Shop\" does not declare; did you mean 'GSI1'? declare it in "
            + "@Table or use one of: GSI1, GSI2, LSI1.",
        "index = \"GSI3\"");
  }

  @Test
  void globalIndexKeyWithoutPartitionKey() {
    Compilation c = entity("Order", ENTITY + "@IndexKey(\n    index = \"GSI2\")\n" + ORDER);
    assertSingleError(c, "Order.java", Msg.INDEX_KEY_SHAPE,
        "Global index \"GSI2\" has partition key \"GSI2PK\", so @IndexKey needs pk = \"...\"; add a partition key "
            + "template such as pk = \"STATUS#{status}\".",
        "index = \"GSI2\"");
  }

  @Test
  void localIndexKeyWithPartitionKey() {
    Compilation c = entity("Order", ENTITY + "@IndexKey(\n    index = \"LSI1\", pk = \"X#{status}\", sk = \"{status}\")\n"
        + ORDER);
    assertSingleError(c, "Order.java", Msg.INDEX_KEY_SHAPE,
        "Local index \"LSI1\" shares the table partition key, so @IndexKey must not give pk = \"X#{status}\"; remove "
            + "pk (the entity's own pk is used).",
        "index = \"LSI1\"");
  }

  @Test
  void indexKeyMissingSortKey() {
    Compilation c = entity("Order", ENTITY + "@IndexKey(\n    index = \"GSI1\", pk = \"S#{status}\")\n" + ORDER);
    assertSingleError(c, "Order.java", Msg.INDEX_KEY_SHAPE,
        "Global index \"GSI1\" has sort key \"GSI1SK\", so @IndexKey needs sk = \"...\"; add a sort key template such "
            + "as sk = \"{createdAt}\".",
        "index = \"GSI1\"");
  }

  @Test
  void duplicateIndexKey() {
    Compilation c = entity("Order", ENTITY + "@IndexKey(index = \"GSI2\", pk = \"S#{status}\")\n"
        + "@IndexKey(\n    index = \"GSI2\", pk = \"T#{status}\")\n" + ORDER);
    // javac cannot locate annotations inside the synthesized @IndexKey.List container, so a diagnostic on a
    // repeated @IndexKey falls back to the entity declaration (see docs/diagnostics.md).
    assertSingleError(c, "Order.java", Msg.DUPLICATE_INDEX_KEY,
        "Index \"GSI2\" has two @IndexKey annotations on Order; keep one.", "record Order(");
  }
}
