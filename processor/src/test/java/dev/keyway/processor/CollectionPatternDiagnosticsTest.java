package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.keyway.processor.EntityDiagnosticsTest.IMPORTS;
import static dev.keyway.processor.Fixtures.assertSingleError;
import static dev.keyway.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import dev.keyway.processor.diag.Msg;
import org.junit.jupiter.api.Test;

/**
 * Sort-key ranges and {@code @Filter} parameters on collection access patterns: each misuse is one
 * diagnostic with its ID, text, file and line.
 */
class CollectionPatternDiagnosticsTest {
  private static final String TABLE = "package t;\nimport dev.keyway.annotation.*;\n"
      + "@Table(name = \"Notes\", partitionKey = \"PK\", sortKey = \"SK\", typeAttribute = \"_type\")\n"
      + "interface NotesTable {}\n";
  private static final String ITEMS = IMPORTS + "@ItemCollection\nsealed interface Items permits Profile, Note {}\n";
  private static final String PROFILE = IMPORTS
      + "@Entity(table = NotesTable.class, pk = \"USER#{userId}\", sk = \"PROFILE\")\n"
      + "record Profile(String userId, String name, String text) implements Items {}\n";
  private static final String NOTE = IMPORTS
      + "@Entity(table = NotesTable.class, pk = \"USER#{userId}\", sk = \"NOTE#{noteId}\")\n"
      + "record Note(String userId, String noteId, String text, int stars) implements Items {}\n";

  private static Compilation compileWith(String note, String queries) {
    return compile("t/NotesTable.java", TABLE, "t/Items.java", ITEMS, "t/Profile.java", PROFILE,
        "t/Note.java", note, "t/Queries.java", IMPORTS + "import dev.keyway.api.*;\n@AccessPatterns\n"
            + "interface Queries {\n" + queries + "}\n");
  }

  @Test
  void rangesAndFiltersOnFieldsEveryMemberHasCompile() {
    Compilation c = compileWith(NOTE, "  List<Items> between(String userId, String from, String to);\n"
        + "  Page<Items> after(String userId, String after, @Filter(op = Filter.Op.BEGINS_WITH) String text,"
        + " PageRequest page);\n");
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void aBoundIsARawSortKeyString() {
    Compilation c = compileWith(NOTE, "  List<Items> since(String userId, int from);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_PARAMETER_TYPE,
        "Parameter 'from' of since() has type int but key field 'SK' of Items has type String; declare it as String.",
        "int from");
  }

  @Test
  void oneComparisonOnly() {
    Compilation c = compileWith(NOTE, "  List<Items> window(String userId, String from, String before);\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_RANGE_BOUNDS,
        "Method window() bounds the sort key with 'from', 'before', but a key condition holds one sort key comparison;"
            + " use 'from' and 'to' (BETWEEN, both inclusive) or a single bound: 'from' (>=), 'to' (<=), 'after' (>)"
            + " or 'before' (<), optionally prefixed by the field name (e.g. 'orderDateAfter').",
        "window(");
  }

  @Test
  void aFilterNeedsTheFieldInEveryMember() {
    Compilation c = compileWith(NOTE, "  List<Items> starred(String userId, @Filter(op = Filter.Op.GE) int stars);\n");
    assertSingleError(c, "Queries.java", Msg.FILTER_UNKNOWN_FIELD,
        "@Filter parameter 'stars' of starred() names no field of Profile; name one of: name, text.",
        "int stars");
  }

  @Test
  void aFilteredFieldIsStoredUnderOneName() {
    Compilation c = compileWith(IMPORTS
        + "@Entity(table = NotesTable.class, pk = \"USER#{userId}\", sk = \"NOTE#{noteId}\")\n"
        + "record Note(String userId, String noteId, @Attribute(name = \"body\") String text, int stars)"
        + " implements Items {}\n", "  List<Items> withText(String userId, @Filter String text);\n");
    assertSingleError(c, "Queries.java", Msg.FILTER_TYPE,
        "@Filter parameter 'text' of withText() cannot filter field 'text' of Note: it is stored as 'body' there but"
            + " as 'text' in Profile, and one filter serves every member; store it under one name.",
        "String text");
  }
}
