package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.keyway.processor.EntityDiagnosticsTest.IMPORTS;
import static dev.keyway.processor.Fixtures.assertSingleError;
import static dev.keyway.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import dev.keyway.processor.diag.Msg;
import org.junit.jupiter.api.Test;

/** {@code @ItemCollection}: one case per diagnostic, each asserting ID, text, file and line. */
class CollectionDiagnosticsTest {
  private static final String TABLE = "package t;\nimport dev.keyway.annotation.*;\n"
      + "@Table(name = \"Notes\", partitionKey = \"PK\", sortKey = \"SK\", globalIndexes =\n"
      + "  @GlobalIndex(name = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\",\n"
      + "    projection = @Projection(type = Projection.Type.KEYS_ONLY)))\n"
      + "interface NotesTable {}\n";
  private static final String PROFILE = IMPORTS
      + "@Entity(table = NotesTable.class, pk = \"USER#{userId}\", sk = \"PROFILE\")\n"
      + "@IndexKey(index = \"GSI1\", pk = \"ORG#{org}\", sk = \"USER#{userId}\")\n"
      + "record Profile(String userId, String org, String name) implements Items {}\n";
  private static final String NOTE = IMPORTS
      + "@Entity(table = NotesTable.class, pk = \"USER#{userId}\", sk = \"NOTE#{noteId}\")\n"
      + "record Note(String userId, String noteId, String text) implements Items {}\n";

  private static Compilation compileWith(String items, String... more) {
    return compileOn(TABLE, items, more);
  }

  private static Compilation compileOn(String table, String items, String... more) {
    String[] files = new String[6 + more.length];
    files[0] = "t/NotesTable.java";
    files[1] = table;
    files[2] = "t/Items.java";
    files[3] = IMPORTS + items;
    files[4] = "t/Profile.java";
    files[5] = PROFILE;
    System.arraycopy(more, 0, files, 6, more.length);
    return compile(files);
  }

  @Test
  void aValidCollectionCompilesWithoutWarnings() {
    Compilation c = compileWith("@ItemCollection\nsealed interface Items permits Profile, Note {}\n", "t/Note.java", NOTE,
        "t/Queries.java", IMPORTS + "import dev.keyway.api.*;\n@AccessPatterns\ninterface Queries {\n"
            + "  Page<Items> itemsOf(String userId, PageRequest page);\n  ItemsCollection user(String userId);\n}\n");
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void notSealed() {
    Compilation c = compileWith("@ItemCollection\ninterface Items {}\n", "t/Note.java", NOTE);
    assertSingleError(c, "Items.java", Msg.COLLECTION_NOT_SEALED,
        "@ItemCollection belongs on a sealed interface that permits its member entities, but Items is an interface that "
            + "is not sealed; declare it as 'sealed interface Items permits A, B {}'.",
        "@ItemCollection");
  }

  @Test
  void memberIsNotAnEntity() {
    Compilation c = compileWith("@ItemCollection\nsealed interface Items permits Profile, Helper {}\n",
        "t/Helper.java", IMPORTS + "record Helper(String userId) implements Items {}\n");
    assertSingleError(c, "Items.java", Msg.COLLECTION_MEMBER,
        "Collection Items permits Helper, which is not an @Entity; permit only @Entity types of one table.",
        "@ItemCollection");
  }

  @Test
  void membersDoNotShareThePartitionKey() {
    Compilation c = compileWith("@ItemCollection\nsealed interface Items permits Profile, Note {}\n", "t/Note.java",
        IMPORTS + "@Entity(table = NotesTable.class, pk = \"ACCOUNT#{userId}\", sk = \"NOTE#{noteId}\")\n"
            + "record Note(String userId, String noteId, String text) implements Items {}\n");
    assertSingleError(c, "Items.java", Msg.COLLECTION_PARTITION,
        "Members of collection Items must share one partition key on the table, but Profile has \"USER#{userId}\" "
            + "and Note has \"ACCOUNT#{userId}\"; give them the same partition key template (same literal text, same "
            + "fields).",
        "@ItemCollection");
  }

  @Test
  void sortKeysCannotBeToldApart() {
    String untyped = TABLE.replace("sortKey = \"SK\",", "sortKey = \"SK\", typeAttribute = \"\",");
    Compilation c = compileOn(untyped, "@ItemCollection\nsealed interface Items permits Profile, Settings {}\n",
        "t/Settings.java", IMPORTS
            + "@Entity(table = NotesTable.class, pk = \"USER#{userId}\", sk = \"PROFILE#SETTINGS\")\n"
            + "record Settings(String userId, String theme) implements Items {}\n");
    assertSingleError(c, "Items.java", Msg.COLLECTION_SORT_KEYS,
        "Collection Items cannot tell Profile (sort key \"PROFILE\") from Settings (sort key \"PROFILE#SETTINGS\"): "
            + "table \"Notes\" has no typeAttribute and the sort keys do not start with distinct literal prefixes; set "
            + "@Table(typeAttribute = \"_type\") or start each sort key with its own prefix.",
        "@ItemCollection");
  }

  @Test
  void indexDoesNotProjectWhatMembersNeed() {
    Compilation c = compileWith("@ItemCollection(index = \"GSI1\")\nsealed interface Items permits Profile, Team {}\n",
        "t/Team.java", IMPORTS + "@Entity(table = NotesTable.class, pk = \"TEAM#{teamId}\", sk = \"TEAM\")\n"
            + "@IndexKey(index = \"GSI1\", pk = \"ORG#{org}\", sk = \"TEAM#{teamId}\")\n"
            + "record Team(String teamId, String org) implements Items {}\n");
    assertThat(c).hadErrorCount(2);
    Fixtures.assertError(c, "Items.java", Msg.COLLECTION_PROJECTION,
        "Collection Items is read from index \"GSI1\", whose KEYS_ONLY projection lacks attributes Profile needs "
            + "(userId, org, name, _type); project ALL or INCLUDE them.",
        "@ItemCollection");
  }

  @Test
  void unknownIndex() {
    Compilation c = compileWith("@ItemCollection(index = \"GSI2\")\nsealed interface Items permits Profile, Note {}\n",
        "t/Note.java", NOTE);
    assertSingleError(c, "Items.java", Msg.COLLECTION_NO_INDEX,
        "@ItemCollection(index = \"GSI2\") on Items names an index that table \"Notes\" does not declare; did you mean "
            + "'GSI1'? use an index every member has an @IndexKey for, or leave index empty for the table key.",
        "GSI2");
  }

  @Test
  void multiAttributeIndexIsRefusedWithTheReason() {
    String table = TABLE.replace("globalIndexes =\n", "globalIndexes = {\n").replace("KEYS_ONLY)))\n",
        "KEYS_ONLY)),\n  @GlobalIndex(name = \"ByOrg\", partitionKeys = \"org\", sortKeys = \"userId\")})\n");
    String profile = PROFILE.replace("@IndexKey(index = \"GSI1\", pk = \"ORG#{org}\", sk = \"USER#{userId}\")",
        "@IndexKey(index = \"ByOrg\")");
    Compilation c = compile("t/NotesTable.java", table, "t/Items.java",
        IMPORTS + "@ItemCollection(\n    index = \"ByOrg\")\nsealed interface Items permits Profile, Member {}\n",
        "t/Profile.java", profile, "t/Member.java", IMPORTS
            + "@Entity(table = NotesTable.class, pk = \"ORG#{org}\", sk = \"MEMBER#{userId}\")\n"
            + "@IndexKey(index = \"ByOrg\")\nrecord Member(String org, String userId) implements Items {}\n");
    assertSingleError(c, "Items.java", Msg.COLLECTION_MULTI_ATTRIBUTE_INDEX,
        "@ItemCollection(index = \"ByOrg\") on Items names an index with a multi-attribute key (org, userId), which an "
            + "item collection cannot read: a collection groups members by one partition key template; read each "
            + "member type with its own access pattern on index \"ByOrg\", or give the collection an index keyed by "
            + "partitionKey/sortKey templates, or the table key.",
        "index = \"ByOrg\"");
  }

  @Test
  void parameterIsNotAPartitionKeyField() {
    Compilation c = compileWith("@ItemCollection\nsealed interface Items permits Profile, Note {}\n", "t/Note.java", NOTE,
        "t/Queries.java", IMPORTS + "@AccessPatterns\ninterface Queries {\n"
            + "  List<Items> itemsOf(String usrId);\n}\n");
    assertSingleError(c, "Queries.java", Msg.COLLECTION_PARAMETER,
        "Parameter 'usrId' of itemsOf() is not a partition key field of collection Items (\"USER#{userId}\"); did you "
            + "mean 'userId'? a collection is read by its partition key fields: userId.",
        "String usrId");
  }
}
