package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.keyway.processor.EntityDiagnosticsTest.IMPORTS;
import static dev.keyway.processor.EntityDiagnosticsTest.TABLE;
import static dev.keyway.processor.Fixtures.assertSingleError;
import static dev.keyway.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import dev.keyway.processor.diag.Msg;
import org.junit.jupiter.api.Test;

/** {@code @Filter} parameters: one case per diagnostic, each asserting ID, text, file and line. */
class FilterDiagnosticsTest {
  private static final String ORDER = IMPORTS
      + "@Entity(table = ShopTable.class, pk = \"USER#{userId}\", sk = \"ORDER#{orderId}\")\n"
      + "@IndexKey(index = \"GSI1\", pk = \"STATUS#{status}\", sk = \"{orderId}\")\n"
      + "record Order(String userId, String orderId, String status, int total, List<String> tags) {}\n";

  private static Compilation patterns(String body) {
    return compile("t/ShopTable.java", TABLE, "t/Order.java", ORDER, "t/Queries.java", IMPORTS
        + "import dev.keyway.api.*;\n@AccessPatterns\ninterface Queries {\n" + body + "}\n");
  }

  @Test
  void validFiltersCompileWithoutWarnings() {
    Compilation c = patterns("  Page<Order> ordersOf(String userId, @Filter String status, PageRequest page);\n"
        + "  List<Order> big(String userId, @Filter(field = \"total\", op = Filter.Op.GT) int min);\n"
        + "  List<Order> tagged(String userId, @Filter(field = \"tags\", op = Filter.Op.CONTAINS) String tag);\n"
        + "  List<Order> byStatus(String status, @Filter(field = \"total\", op = Filter.Op.NE) Integer not);\n");
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void unknownField() {
    Compilation c = patterns("  List<Order> ordersOf(String userId, @Filter String stats);\n");
    assertSingleError(c, "Queries.java", Msg.FILTER_UNKNOWN_FIELD,
        "@Filter parameter 'stats' of ordersOf() names no field of Order; did you mean 'status'? name one of: status, "
            + "total, tags.",
        "String stats");
  }

  @Test
  void wrongType() {
    Compilation c = patterns("  List<Order> ordersOf(String userId,\n      @Filter(field = \"total\") String min);\n");
    assertSingleError(c, "Queries.java", Msg.FILTER_TYPE,
        "@Filter parameter 'min' of ordersOf() cannot filter field 'total' of Order: it has type java.lang.String and "
            + "the field has type int; declare it as int.",
        "String min");
  }

  @Test
  void operatorDoesNotFitTheField() {
    Compilation c = patterns("  List<Order> ordersOf(String userId,\n"
        + "      @Filter(field = \"total\", op = Filter.Op.BEGINS_WITH) int prefix);\n");
    assertSingleError(c, "Queries.java", Msg.FILTER_TYPE,
        "@Filter parameter 'prefix' of ordersOf() cannot filter field 'total' of Order: BEGINS_WITH needs a String "
            + "field and the field has type int; use EQ, NE, LT, LE, GT or GE.",
        "int prefix");
  }

  @Test
  void filterOnAKeyField() {
    Compilation c = patterns("  List<Order> ordersOf(String userId,\n      @Filter String orderId);\n");
    assertSingleError(c, "Queries.java", Msg.FILTER_ON_KEY,
        "@Filter parameter 'orderId' of ordersOf() filters key field 'orderId' of Order, which a key condition "
            + "serves without reading other items; drop @Filter and pass 'orderId' as a key parameter.",
        "String orderId");
  }
}
