package dev.keyway.processor;

import static dev.keyway.processor.Fixtures.assertSingleError;
import static dev.keyway.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import dev.keyway.processor.diag.Msg;
import org.junit.jupiter.api.Test;

class TableDiagnosticsTest {
  private static final String IMPORTS = "package t;\nimport dev.keyway.annotation.*;\n";

  private static Compilation table(String annotation) {
    return compile("t/ShopTable.java", IMPORTS + annotation + "\ninterface ShopTable {}\n");
  }

  @Test
  void tableOnAClass() {
    Compilation c = compile("t/ShopTable.java", IMPORTS + "@Table(name = \"Shop\")\nclass ShopTable {}\n");
    assertSingleError(c, "ShopTable.java", Msg.TABLE_NOT_INTERFACE,
        "@Table belongs on an interface, but ShopTable is a class; declare it as 'interface ShopTable {}'.",
        "@Table(name");
  }

  @Test
  void invalidTableName() {
    Compilation c = table("@Table(\n    name = \"ab\")");
    assertSingleError(c, "ShopTable.java", Msg.TABLE_NAME_INVALID,
        "Table name \"ab\" is not a valid DynamoDB name; use 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'.",
        "name = \"ab\"");
  }

  @Test
  void emptyPartitionKey() {
    Compilation c = table("@Table(name = \"Shop\",\n    partitionKey = \"\")");
    assertSingleError(c, "ShopTable.java", Msg.KEY_ATTRIBUTE_EMPTY,
        "@Table partitionKey must name an attribute; give it a name such as \"PK\".", "partitionKey = \"\"");
  }

  @Test
  void tooManyGlobalIndexes() {
    StringBuilder gsis = new StringBuilder();
    for (int i = 0; i < 21; i++) {
      gsis.append(i == 0 ? "" : ",\n").append("  @GlobalIndex(name = \"GSI").append(i)
          .append("\", partitionKey = \"P").append(i).append("\")");
    }
    Compilation c = table("@Table(name = \"Shop\",\n    globalIndexes = {\n" + gsis + "})");
    assertSingleError(c, "ShopTable.java", Msg.TOO_MANY_GSIS,
        "Table \"Shop\" declares 21 global secondary indexes but DynamoDB allows at most 20; remove 1 of them.",
        "globalIndexes = {");
  }

  @Test
  void tooManyLocalIndexes() {
    StringBuilder lsis = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      lsis.append(i == 0 ? "" : ",\n").append("  @LocalIndex(name = \"LSI").append(i)
          .append("\", sortKey = \"S").append(i).append("\")");
    }
    Compilation c = table("@Table(name = \"Shop\",\n    localIndexes = {\n" + lsis + "})");
    assertSingleError(c, "ShopTable.java", Msg.TOO_MANY_LSIS,
        "Table \"Shop\" declares 7 local secondary indexes but DynamoDB allows at most 5; remove 2 of them.",
        "localIndexes = {");
  }

  @Test
  void localIndexWithOwnPartitionKey() {
    Compilation c = table("@Table(name = \"Shop\", localIndexes =\n"
        + "    @LocalIndex(name = \"LSI1\",\n      partitionKey = \"OTHER\", sortKey = \"LSI1SK\"))");
    assertSingleError(c, "ShopTable.java", Msg.LSI_PARTITION_KEY,
        "Local index \"LSI1\" declares partition key \"OTHER\", but a local index always shares the table partition "
            + "key \"PK\"; remove partitionKey or set it to \"PK\".",
        "partitionKey = \"OTHER\"");
  }

  @Test
  void localIndexWithoutTableSortKey() {
    Compilation c = table("@Table(name = \"Shop\", sortKey = \"\", localIndexes =\n"
        + "    @LocalIndex(\n      name = \"LSI1\", sortKey = \"LSI1SK\"))");
    assertSingleError(c, "ShopTable.java", Msg.LSI_WITHOUT_TABLE_SORT_KEY,
        "Local index \"LSI1\" needs a table sort key, but table \"Shop\" has none; declare sortKey on @Table or make "
            + "it a @GlobalIndex.",
        "name = \"LSI1\"");
  }

  @Test
  void duplicateIndexName() {
    Compilation c = table("@Table(name = \"Shop\", globalIndexes = {\n"
        + "    @GlobalIndex(name = \"GSI1\", partitionKey = \"A\"),\n"
        + "    @GlobalIndex(name = \"GSI1\", partitionKey = \"B\")})");
    assertSingleError(c, "ShopTable.java", Msg.DUPLICATE_INDEX,
        "Index name \"GSI1\" is declared twice on table \"Shop\"; give each index its own name.",
        "partitionKey = \"B\"");
  }

  @Test
  void includeProjectionWithoutAttributes() {
    Compilation c = table("@Table(name = \"Shop\", globalIndexes = @GlobalIndex(name = \"GSI1\", partitionKey = \"A\",\n"
        + "    projection = @Projection(type = Projection.Type.INCLUDE)))");
    assertSingleError(c, "ShopTable.java", Msg.PROJECTION_ATTRIBUTES,
        "Index \"GSI1\" has projection INCLUDE without attributes; list the attributes to include, or use ALL or "
            + "KEYS_ONLY.",
        "projection = @Projection");
  }

  @Test
  void attributesWithoutIncludeProjection() {
    Compilation c = table("@Table(name = \"Shop\", globalIndexes = @GlobalIndex(name = \"GSI1\", partitionKey = \"A\",\n"
        + "    projection = @Projection(type = Projection.Type.KEYS_ONLY, attributes = \"email\")))");
    assertSingleError(c, "ShopTable.java", Msg.PROJECTION_ATTRIBUTES,
        "Index \"GSI1\" has projection KEYS_ONLY with attributes [email]; attributes are allowed only with type = "
            + "INCLUDE.",
        "projection = @Projection");
  }

  @Test
  void ttlAttributeIsAKey() {
    Compilation c = table("@Table(name = \"Shop\",\n    ttlAttribute = \"SK\")");
    assertSingleError(c, "ShopTable.java", Msg.TTL_ATTRIBUTE_IS_KEY,
        "ttlAttribute \"SK\" is also a key attribute of table \"Shop\"; TTL needs a separate number attribute such as "
            + "\"expiresAt\".",
        "ttlAttribute = \"SK\"");
  }

  @Test
  void tableNameDeclaredTwice() {
    Compilation c = compile(
        "t/ShopTable.java", IMPORTS + "@Table(name = \"Shop\")\ninterface ShopTable {}\n",
        "t/StoreTable.java",
        IMPORTS + "@Table(\n    name = \"Shop\", partitionKey = \"id\")\ninterface StoreTable {}\n");
    assertSingleError(c, "StoreTable.java", Msg.DUPLICATE_TABLE_NAME,
        "Table name \"Shop\" is already declared by t.ShopTable; each @Table describes its own table, so give "
            + "StoreTable another name or map its entities to ShopTable.",
        "name = \"Shop\", partitionKey");
  }
}
