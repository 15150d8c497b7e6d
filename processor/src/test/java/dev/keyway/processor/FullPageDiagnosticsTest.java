package dev.keyway.processor;

import static dev.keyway.processor.EntityDiagnosticsTest.IMPORTS;
import static dev.keyway.processor.Fixtures.assertSingleError;
import static dev.keyway.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import dev.keyway.processor.diag.Msg;
import org.junit.jupiter.api.Test;

/**
 * A key condition that also matches another type's items: a warning with a type attribute (pages stay
 * full; NotesEngineTest), an error without one (nothing tells the items apart).
 */
class FullPageDiagnosticsTest {
  @Test
  void withoutATypeAttributeOtherItemsCannotBeToldApart() {
    Compilation c = compile(
        "t/NotesTable.java", "package t;\nimport dev.keyway.annotation.*;\n"
            + "@Table(name = \"Notes\", partitionKey = \"PK\", sortKey = \"SK\", typeAttribute = \"\")\n"
            + "interface NotesTable {}\n",
        "t/Note.java", IMPORTS + "@Entity(table = NotesTable.class, pk = \"USER#{userId}\", sk = \"NOTE#{noteId}\")\n"
            + "record Note(String userId, String noteId, String text) {}\n",
        "t/Comment.java", IMPORTS
            + "@Entity(table = NotesTable.class, pk = \"USER#{userId}\", sk = \"NOTE#{noteId}#COMMENT#{commentId}\")\n"
            + "record Comment(String userId, String noteId, String commentId, String text) {}\n",
        "t/Queries.java", IMPORTS + "import dev.keyway.api.*;\n@AccessPatterns\ninterface Queries {\n"
            + "  Page<Note> notesOf(String userId, PageRequest page);\n}\n");
    assertSingleError(c, "Queries.java", Msg.PATTERN_TYPES_INDISTINCT,
        "The key condition of notesOf() (sort keys starting with \"NOTE#\") also matches items of Comment (sort key "
            + "\"NOTE#{noteId}#COMMENT#{commentId}\"), and table \"Notes\" has no typeAttribute, so they would be read "
            + "as Note; set @Table(typeAttribute = \"_type\") or give Comment a sort key that does not start like "
            + "Note's (e.g. \"COMMENT#...\").",
        "notesOf(");
  }
}
