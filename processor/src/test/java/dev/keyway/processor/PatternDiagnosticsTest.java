package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.keyway.processor.EntityDiagnosticsTest.IMPORTS;
import static dev.keyway.processor.EntityDiagnosticsTest.TABLE;
import static dev.keyway.processor.Fixtures.assertSingleError;
import static dev.keyway.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import dev.keyway.processor.diag.Msg;
import org.junit.jupiter.api.Test;

class PatternDiagnosticsTest {
  private static final String ORDER = IMPORTS
      + "@Entity(table = ShopTable.class, pk = \"USER#{userId}\", sk = \"ORDER#{orderDate}#{orderId}\")\n"
      + "@IndexKey(index = \"GSI1\", pk = \"STATUS#{status}\", sk = \"{orderDate}#{orderId}\")\n"
      + "record Order(String userId, String orderId, LocalDate orderDate, String status, String note) {}\n";
  private static final String PATTERN_IMPORTS = IMPORTS + "import dev.keyway.api.*;\nimport java.util.stream.*;\n";

  private static Compilation patterns(String body) {
    return compile("t/ShopTable.java", TABLE, "t/Order.java", ORDER, "t/Queries.java",
        PATTERN_IMPORTS + "@AccessPatterns\ninterface Queries {\n" + body + "}\n");
  }

  @Test
  void validPatternsCompileWithoutWarnings() {
    Compilation c = patterns("  Page<Order> ordersOf(String userId, PageRequest page);\n"
        + "  List<Order> ordersOn(String userId, LocalDate orderDate);\n"
        + "  Optional<Order> order(String userId, LocalDate orderDate, String orderId);\n"
        + "  Stream<Order> between(String userId, LocalDate from, LocalDate to);\n"
        + "  List<Order> byDate(String userId, LocalDate orderDateFrom, LocalDate orderDateTo);\n"
        + "  Page<Order> byStatus(String status, PageRequest page);\n"
        + "  long count(String userId);\n");
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void singleBoundsCompileWithoutWarnings() {
    Compilation c = patterns("  List<Order> since(String userId, LocalDate from);\n"
        + "  List<Order> until(String userId, LocalDate orderDateTo);\n"
        + "  List<Order> after(String userId, LocalDate orderDateAfter);\n"
        + "  List<Order> before(String userId, LocalDate orderDate, String orderIdBefore);\n"
        + "  Page<Order> statusSince(String status, LocalDate from, PageRequest page);\n");
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void twoKindsOfBoundsOnOneField() {
    Compilation c = patterns("  List<Order> window(String userId, LocalDate after,\n      LocalDate before);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_RANGE_BOUNDS,
        "Method window() bounds the sort key with 'after', 'before', but a key condition holds one sort key "
            + "comparison; use 'from' and 'to' (BETWEEN, both inclusive) or a single bound: 'from' (>=), 'to' (<=), "
            + "'after' (>) or 'before' (<), optionally prefixed by the field name (e.g. 'orderDateAfter').",
        "LocalDate before");
  }

  @Test
  void boundOnTheWrongField() {
    Compilation c = patterns("  List<Order> after(String userId,\n      String orderIdAfter);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_NO_KEY_CONDITION,
        "No key condition serves after(): the table key can bound 'orderDate' next, not 'orderId'; index \"GSI1\" "
            + "needs status; add the missing parameters or an index whose partition key uses exactly these fields.",
        "List<Order> after(");
  }

  @Test
  void patternsOnAClass() {
    Compilation c = compile("t/ShopTable.java", TABLE, "t/Order.java", ORDER, "t/Queries.java",
        PATTERN_IMPORTS + "@AccessPatterns\nabstract class Queries {}\n");
    assertSingleError(c, "Queries.java", Msg.PATTERNS_NOT_INTERFACE,
        "@AccessPatterns belongs on an interface, but Queries is a class; declare it as an interface of query methods.",
        "@AccessPatterns");
  }

  @Test
  void unsupportedReturnType() {
    Compilation c = patterns("  Set<Order> all(String userId);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_RETURN_TYPE,
        "Method all() returns java.util.Set<t.Order>; an access pattern returns Page<E>, List<E>, Stream<E>, "
            + "Optional<E> or long (count) of an @Entity E.",
        "Set<Order> all(");
  }

  @Test
  void resultIsNotAnEntity() {
    Compilation c = patterns("  List<String> names(String userId);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_NOT_ENTITY,
        "Method names() returns items of String, which is not an @Entity; annotate it with @Entity or return an entity "
            + "type.",
        "List<String> names(");
  }

  @Test
  void parameterThatIsNotAKeyField() {
    Compilation c = patterns("  List<Order> byNote(String userId,\n      String note);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_UNKNOWN_PARAMETER,
        "Parameter 'note' of byNote() is not a key field of Order, so serving it would need a scan or a filter; name "
            + "parameters after key template fields: userId, orderDate, orderId, status.",
        "String note);");
  }

  @Test
  void misspeltParameter() {
    Compilation c = patterns("  List<Order> ordersOf(\n      String userID);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_UNKNOWN_PARAMETER,
        "Parameter 'userID' of ordersOf() is not a key field of Order, so serving it would need a scan or a filter; "
            + "did you mean 'userId'? name parameters after key template fields: userId, orderDate, orderId, status.",
        "String userID);");
  }

  @Test
  void parameterOfTheWrongType() {
    Compilation c = patterns("  List<Order> ordersOn(String userId,\n      String orderDate);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_PARAMETER_TYPE,
        "Parameter 'orderDate' of ordersOn() has type java.lang.String but key field 'orderDate' of Order has type "
            + "java.time.LocalDate; declare it as java.time.LocalDate.",
        "String orderDate);");
  }

  @Test
  void noPartitionKey() {
    Compilation c = patterns("  List<Order> onDay(LocalDate orderDate);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_NO_KEY_CONDITION,
        "No key condition serves onDay(): the table key needs userId; index \"GSI1\" needs status; add the missing "
            + "parameters or an index whose partition key uses exactly these fields.",
        "onDay(");
  }

  @Test
  void sortKeyOutOfOrder() {
    Compilation c = patterns("  List<Order> byId(String userId,\n      String orderId);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_SORT_ORDER,
        "Parameters of byId() give sort key field 'orderId' but not 'orderDate', which comes before it in template "
            + "\"ORDER#{orderDate}#{orderId}\"; a key condition can only fix sort key fields in template order; add "
            + "'orderDate' or drop 'orderId'.",
        "String orderId);");
  }

  @Test
  void projectionLacksAttributes() {
    String table = "package t;\nimport dev.keyway.annotation.*;\n@Table(name = \"Shop\", globalIndexes =\n"
        + "  @GlobalIndex(name = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\",\n"
        + "    projection = @Projection(type = Projection.Type.INCLUDE, attributes = {\"userId\", \"orderId\"})))\n"
        + "interface ShopTable {}\n";
    Compilation c = compile("t/ShopTable.java", table, "t/Order.java", ORDER, "t/Queries.java",
        PATTERN_IMPORTS + "@AccessPatterns\ninterface Queries {\n  List<Order> byStatus(String status);\n}\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_PROJECTION,
        "byStatus() is served by index \"GSI1\", whose INCLUDE projection lacks attributes Order needs (orderDate, "
            + "status, note, _type); project ALL or INCLUDE them.",
        "byStatus(");
  }

  @Test
  void pageWithoutPageRequest() {
    Compilation c = patterns("  Page<Order> ordersOf(String userId);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_PAGING,
        "Method ordersOf() returns a Page, so it needs exactly one PageRequest parameter (it has 0); add "
            + "'PageRequest page' as the last parameter.",
        "ordersOf(");
  }

  @Test
  void countInAMixedInterface() {
    Compilation c = compile("t/ShopTable.java", TABLE, "t/Order.java", ORDER, "t/Queries.java",
        PATTERN_IMPORTS + "@Entity(table = ShopTable.class, pk = \"C#{id}\", sk = \"C\")\nrecord Cust(String id) {}\n"
            + "@AccessPatterns\ninterface Queries {\n  List<Order> ordersOf(String userId);\n"
            + "  List<Cust> cust(String id);\n  long count(String id);\n}\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_COUNT_ENTITY,
        "Count method count() returns long, but the other methods of its interface return several entities (Order, "
            + "Cust), so what it counts is unclear; put it in an interface whose methods all return one entity.",
        "long count(");
  }
}
