package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.keyway.processor.EntityDiagnosticsTest.IMPORTS;
import static dev.keyway.processor.Fixtures.assertSingleError;
import static dev.keyway.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import dev.keyway.processor.diag.Msg;
import org.junit.jupiter.api.Test;

/** {@code @Project} access patterns: Item views of some fields, checked against the serving index. */
class ProjectionPatternTest {
  private static final String TABLE = "package t;\nimport dev.keyway.annotation.*;\n@Table(name = \"Shop\", "
      + "partitionKey = \"PK\", sortKey = \"SK\", globalIndexes =\n"
      + "  @GlobalIndex(name = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\",\n"
      + "    projection = @Projection(type = Projection.Type.INCLUDE, attributes = {\"orderId\", \"note\", \"_type\"})))\n"
      + "interface ShopTable {}\n";
  private static final String ORDER = IMPORTS
      + "@Entity(table = ShopTable.class, pk = \"USER#{userId}\", sk = \"ORDER#{orderDate}#{orderId}\")\n"
      + "@IndexKey(index = \"GSI1\", pk = \"STATUS#{status}\", sk = \"{orderDate}#{orderId}\")\n"
      + "record Order(String userId, String orderId, LocalDate orderDate, String status, String note) {}\n";
  private static final String PATTERN_IMPORTS = IMPORTS
      + "import dev.keyway.api.*;\nimport dev.keyway.model.Item;\nimport java.util.stream.*;\n";

  private static Compilation patterns(String body) {
    return compile("t/ShopTable.java", TABLE, "t/Order.java", ORDER, "t/Queries.java",
        PATTERN_IMPORTS + "@AccessPatterns\ninterface Queries {\n" + body + "}\n");
  }

  @Test
  void projectionsCoveredByTheIndexCompileWithoutWarnings() {
    Compilation c = patterns(
        "  @Project(entity = Order.class, fields = {\"orderId\", \"note\"})\n"
            + "  Page<Item> notesByStatus(String status, PageRequest page);\n"
            + "  @Project(entity = Order.class, fields = {\"orderDate\", \"status\"})\n"
            + "  List<Item> datesOf(String userId);\n"
            + "  @Project(entity = Order.class, fields = \"note\")\n"
            + "  Optional<Item> noteOf(String userId, LocalDate orderDate, String orderId);\n"
            + "  @Project(entity = Order.class, fields = \"note\")\n"
            + "  Stream<Item> notesSince(String userId, LocalDate from);\n");
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void indexProjectionLacksAProjectedField() {
    Compilation c = patterns("  @Project(entity = Order.class, fields = {\"orderId\", \"orderDate\"})\n"
        + "  List<Item> datesByStatus(String status);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_PROJECTION,
        "datesByStatus() is served by index \"GSI1\", whose INCLUDE projection lacks attributes its @Project needs "
            + "(orderDate); project ALL or INCLUDE them.",
        "datesByStatus(");
  }

  @Test
  void unknownProjectedField() {
    Compilation c = patterns("  @Project(entity = Order.class, fields = {\"ordrId\"})\n"
        + "  List<Item> idsOf(String userId);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_PROJECT_FIELDS,
        "@Project on idsOf() names unknown field 'ordrId' (did you mean 'orderId'?); name fields of Order: userId, "
            + "orderId, orderDate, status, note.",
        "ordrId");
  }

  @Test
  void noProjectedField() {
    Compilation c = patterns("  @Project(entity = Order.class, fields = {})\n  List<Item> idsOf(String userId);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_PROJECT_FIELDS,
        "@Project on idsOf() names no field; name fields of Order: userId, orderId, orderDate, status, note.",
        "fields = {}");
  }

  @Test
  void projectOnAnEntityReturnType() {
    Compilation c = patterns("  @Project(entity = Order.class, fields = \"note\")\n"
        + "  List<Order> notesOf(String userId);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_PROJECT_RETURN,
        "Method notesOf() has @Project but returns java.util.List<t.Order>; a projection is declared with "
            + "@Project(entity = E.class, fields = {...}) and returns Page<Item>, List<Item>, Stream<Item> or "
            + "Optional<Item> (dev.keyway.model.Item).",
        "@Project");
  }

  @Test
  void itemsWithoutProject() {
    Compilation c = patterns("  List<Item> notesOf(String userId);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_PROJECT_RETURN,
        "Method notesOf() returns java.util.List<dev.keyway.model.Item> without @Project; a projection is declared "
            + "with @Project(entity = E.class, fields = {...}) and returns Page<Item>, List<Item>, Stream<Item> or "
            + "Optional<Item> (dev.keyway.model.Item).",
        "notesOf(");
  }
}
