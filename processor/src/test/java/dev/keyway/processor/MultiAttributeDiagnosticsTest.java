package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.keyway.processor.EntityDiagnosticsTest.IMPORTS;
import static dev.keyway.processor.Fixtures.assertSingleError;
import static dev.keyway.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import dev.keyway.processor.diag.Msg;
import org.junit.jupiter.api.Test;

/** KW-MAK-*: indexes with multi-attribute keys, the entities that join them and the patterns that query them. */
class MultiAttributeDiagnosticsTest {
  private static final String TABLE = IMPORTS + "@Table(name = \"Games\", globalIndexes = {\n"
      + "  @GlobalIndex(name = \"Leaderboard\", partitionKeys = {\"game\", \"region\"}, sortKeys = \"score\"),\n"
      + "  @GlobalIndex(name = \"ByLevel\", partitionKeys = \"game\", sortKeys = {\"level\", \"score\"})})\n"
      + "interface GamesTable {}\n";
  private static final String SCORE = IMPORTS
      + "@Entity(table = GamesTable.class, pk = \"PLAYER#{player}\", sk = \"GAME#{game}\")\n"
      + "@IndexKey(index = \"Leaderboard\")\n"
      + "record Score(String player, String game, String region, long score) {}\n";
  private static final String RANKED = IMPORTS
      + "@Entity(table = GamesTable.class, pk = \"PLAYER#{player}\", sk = \"RANK#{game}\")\n"
      + "@IndexKey(index = \"ByLevel\")\n"
      + "record Ranked(String player, String game, int level, long score) {}\n";

  private static Compilation table(String indexes) {
    return compile("t/GamesTable.java", IMPORTS + "@Table(name = \"Games\", globalIndexes =\n" + indexes
        + ")\ninterface GamesTable {}\n");
  }

  private static Compilation entity(String score) {
    return compile("t/GamesTable.java", TABLE, "t/Score.java", score);
  }

  private static Compilation patterns(String body) {
    return patternsOn(TABLE, SCORE, body);
  }

  private static Compilation patternsOn(String table, String score, String body) {
    return patternsOn(table, score, RANKED, body);
  }

  private static Compilation patternsOn(String table, String score, String ranked, String body) {
    return compile("t/GamesTable.java", table, "t/Score.java", score, "t/Ranked.java", ranked, "t/Queries.java",
        IMPORTS + "import dev.keyway.api.*;\n@AccessPatterns\ninterface Queries {\n" + body + "}\n");
  }

  @Test
  void theGamesModelCompiles() {
    Compilation c = patterns("  List<Score> leaderboard(String game, String region);\n"
        + "  List<Ranked> ofLevel(String game, int level, long scoreFrom);\n");
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void anAttributeRenameMapsAField() {
    Compilation c = entity(IMPORTS + "@Entity(table = GamesTable.class, pk = \"P#{player}\", sk = \"G#{gameId}\")\n"
        + "@IndexKey(index = \"Leaderboard\")\n"
        + "record Score(String player, @Attribute(name = \"game\") String gameId, String region, long score) {}\n");
    assertThat(c).succeeded();
  }

  @Test
  void moreThanFourPartitionKeyAttributes() {
    Compilation c = table("  @GlobalIndex(name = \"Wide\",\n"
        + "    partitionKeys = {\"a\", \"b\", \"c\", \"d\", \"e\"})");
    assertSingleError(c, "GamesTable.java", Msg.MAK_TOO_MANY_ATTRIBUTES,
        "@GlobalIndex \"Wide\" declares 5 partition key attributes, but DynamoDB allows at most 4; remove 1 of them.",
        "partitionKeys = {");
  }

  @Test
  void moreThanFourSortKeyAttributes() {
    Compilation c = table("  @GlobalIndex(name = \"Deep\", partitionKeys = \"a\",\n"
        + "    sortKeys = {\"b\", \"c\", \"d\", \"e\", \"f\", \"g\"})");
    assertSingleError(c, "GamesTable.java", Msg.MAK_TOO_MANY_ATTRIBUTES,
        "@GlobalIndex \"Deep\" declares 6 sort key attributes, but DynamoDB allows at most 4; remove 2 of them.",
        "sortKeys = {");
  }

  @Test
  void bothKindsOfPartitionKey() {
    Compilation c = table("  @GlobalIndex(name = \"Mixed\", partitionKeys = \"a\",\n    partitionKey = \"GSI1PK\")");
    assertSingleError(c, "GamesTable.java", Msg.MAK_INDEX_SHAPE,
        "@GlobalIndex \"Mixed\" declares both partitionKey and partitionKeys; keep partitionKey for a template key, "
            + "or partitionKeys for a multi-attribute key.",
        "partitionKey = \"GSI1PK\"");
  }

  @Test
  void sortKeysWithoutPartitionKeys() {
    Compilation c = table("  @GlobalIndex(name = \"Headless\",\n    sortKeys = \"score\")");
    assertSingleError(c, "GamesTable.java", Msg.MAK_INDEX_SHAPE,
        "@GlobalIndex \"Headless\" declares sortKeys without partitionKeys; a multi-attribute key needs 1 to 4 "
            + "partitionKeys before its sortKeys.",
        "sortKeys = \"score\"");
  }

  @Test
  void anAttributeTwice() {
    Compilation c = table("  @GlobalIndex(name = \"Twice\", partitionKeys = \"game\",\n"
        + "    sortKeys = {\"score\", \"game\"})");
    assertSingleError(c, "GamesTable.java", Msg.MAK_INDEX_SHAPE,
        "@GlobalIndex \"Twice\" names key attribute 'game' twice; each attribute can appear once in a key schema.",
        "sortKeys = {");
  }

  @Test
  void templatesOnAMultiAttributeIndex() {
    Compilation c = entity(IMPORTS + "@Entity(table = GamesTable.class, pk = \"P#{player}\", sk = \"G#{game}\")\n"
        + "@IndexKey(\n    index = \"Leaderboard\", pk = \"GAME#{game}\")\n"
        + "record Score(String player, String game, String region, long score) {}\n");
    assertSingleError(c, "Score.java", Msg.MAK_INDEX_KEY_TEMPLATE,
        "Index \"Leaderboard\" has a multi-attribute key (game, region, score), so @IndexKey takes no templates; "
            + "remove pk = \"GAME#{game}\": the entity's fields stored as those attributes are the key.",
        "index = \"Leaderboard\"");
  }

  @Test
  void aKeyAttributeNoFieldStores() {
    Compilation c = entity(IMPORTS + "@Entity(table = GamesTable.class, pk = \"P#{player}\", sk = \"G#{game}\")\n"
        + "@IndexKey(\n    index = \"Leaderboard\")\n"
        + "record Score(String player, String game, String regoin, long score) {}\n");
    assertSingleError(c, "Score.java", Msg.MAK_UNMAPPED_ATTRIBUTE,
        "Score joins index \"Leaderboard\" but no field is stored as its key attribute 'region', so its items would "
            + "never be indexed; did you mean 'regoin'? add a field named 'region' or annotate one with "
            + "@Attribute(name = \"region\").",
        "index = \"Leaderboard\"");
  }

  @Test
  void aKeyAttributeOfABooleanField() {
    Compilation c = entity(IMPORTS + "@Entity(table = GamesTable.class, pk = \"P#{player}\", sk = \"G#{game}\")\n"
        + "@IndexKey(index = \"Leaderboard\")\n"
        + "record Score(String player, String game, String region,\n    boolean score) {}\n");
    assertSingleError(c, "Score.java", Msg.MAK_ATTRIBUTE_TYPE,
        "Field 'score' of Score is key attribute 'score' of index \"Leaderboard\" but has type boolean; a key "
            + "attribute holds a string, a number or a binary: use String, a number type, an enum, Instant, "
            + "LocalDate, LocalDateTime, UUID or byte[].",
        "boolean score");
  }

  @Test
  void twoEntitiesStoreAKeyAttributeWithDifferentTypes() {
    Compilation c = compile("t/GamesTable.java", TABLE, "t/Score.java", SCORE, "t/Ranked.java", IMPORTS
        + "@Entity(table = GamesTable.class, pk = \"PLAYER#{player}\", sk = \"RANK#{game}\")\n"
        + "@IndexKey(index = \"ByLevel\")\n"
        + "record Ranked(String player, String game, int level,\n    String score) {}\n");
    assertSingleError(c, "Ranked.java", Msg.MAK_TYPE_CONFLICT,
        "Field 'score' of Ranked stores key attribute 'score' of index \"Leaderboard\" as S, but Score.score stores "
            + "it as N; a key attribute has one type, so give both fields the same kind of type.",
        "String score");
  }

  @Test
  void aPartitionKeyAttributeWithoutEquality() {
    Compilation c = patterns("  List<Score> leaderboard(String game, long scoreFrom);\n");
    assertSingleError(c, "Queries.java", Msg.MAK_PARTITION_EQUALITY,
        "leaderboard() queries index \"Leaderboard\" without 'region'; a multi-attribute partition key needs "
            + "equality on every attribute (game, region); add parameter 'region'.",
        "leaderboard(");
  }

  @Test
  void aSortKeyAttributeSkipped() {
    Compilation c = patterns("  List<Ranked> withScore(String game,\n    long score);\n");
    assertSingleError(c, "Queries.java", Msg.MAK_SORT_GAP,
        "withScore() gives 'score' but not 'level', which comes before it in the sort key of index \"ByLevel\" "
            + "(level, score); a query fixes sort key attributes left to right, so add 'level' or drop 'score'.",
        "long score");
  }

  @Test
  void aRangeOnASortKeyAttributeThatIsNotNext() {
    Compilation c = patterns("  List<Ranked> scoresFrom(String game,\n    long scoreFrom);\n");
    assertSingleError(c, "Queries.java", Msg.MAK_RANGE_NOT_LAST,
        "scoresFrom() bounds 'score', but on index \"ByLevel\" (sort key level, score) only 'level', the attribute "
            + "after the equal ones, can take a range condition; bound 'level' instead, or give 'level' by equality "
            + "first.",
        "long scoreFrom");
  }

  /** Ranked with its fields renamed: messages name the field and the attribute it is stored as. */
  private static Compilation renamedRanked(String body) {
    String ranked = RANKED.replace("RANK#{game}", "RANK#{gameId}")
        .replace("record Ranked(String player, String game, int level, long score)",
            "record Ranked(String player, @Attribute(name = \"game\") String gameId,\n"
                + "    @Attribute(name = \"level\") int tier, @Attribute(name = \"score\") long points)");
    return patternsOn(TABLE, SCORE, ranked, body);
  }

  @Test
  void aRenamedSortKeyAttributeSkippedNamesTheAttributes() {
    Compilation c = renamedRanked("  List<Ranked> withScore(String gameId,\n    long points);\n");
    assertSingleError(c, "Queries.java", Msg.MAK_SORT_GAP,
        "withScore() gives 'points' (attribute 'score') but not 'tier' (attribute 'level'), which comes before it in "
            + "the sort key of index \"ByLevel\" (level, score); a query fixes sort key attributes left to right, so "
            + "add 'tier' or drop 'points'.",
        "long points");
  }

  @Test
  void aRangeOnARenamedAttributeNamesTheAttributes() {
    Compilation c = renamedRanked("  List<Ranked> pointsFrom(String gameId,\n    long pointsFrom);\n");
    assertSingleError(c, "Queries.java", Msg.MAK_RANGE_NOT_LAST,
        "pointsFrom() bounds 'points' (attribute 'score'), but on index \"ByLevel\" (sort key level, score) only "
            + "'tier' (attribute 'level'), the attribute after the equal ones, can take a range condition; bound "
            + "'tier' instead, or give 'tier' by equality first.",
        "long pointsFrom");
  }

  @Test
  void aRenamedPartitionKeyAttributeWithoutEquality() {
    Compilation c = renamedRanked("  List<Ranked> ofTier(int tier);\n");
    assertSingleError(c, "Queries.java", Msg.MAK_PARTITION_EQUALITY,
        "ofTier() queries index \"ByLevel\" without 'gameId' (attribute 'game'); a multi-attribute partition key "
            + "needs equality on every attribute (game); add parameter 'gameId'.",
        "ofTier(");
  }

  /** Score stores game, level and score too, so DynamoDB indexes its items in ByLevel, joined or not. */
  private static final String SCORE_WITH_LEVEL = SCORE.replace("long score)", "long score, int level)");

  @Test
  void anotherTypeStoringTheKeyAttributesWarns() {
    Compilation c = patternsOn(TABLE, SCORE_WITH_LEVEL, "  List<Ranked> ofLevel(String game, int level);\n");
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[" + Msg.MAK_READS_OTHER_TYPES.id() + "] The key condition of ofLevel() on "
        + "index \"ByLevel\" also matches items of Score, which store every key attribute of that index (game, level, "
        + "score), so each page reads past them to stay full; give Ranked an index of its own, or a key attribute the "
        + "other types do not store.").inFile(Fixtures.source(c, "Queries.java")).onLineContaining("ofLevel(");
  }

  @Test
  void anotherTypeStoringTheKeyAttributesWithoutATypeAttribute() {
    String untyped = TABLE.replace("@Table(name = \"Games\", ", "@Table(name = \"Games\", typeAttribute = \"\", ");
    Compilation c = patternsOn(untyped, SCORE_WITH_LEVEL, "  List<Ranked> ofLevel(String game, int level);\n");
    assertSingleError(c, "Queries.java", Msg.MAK_TYPES_INDISTINCT,
        "The key condition of ofLevel() on index \"ByLevel\" also matches items of Score, which store every key "
            + "attribute of that index (game, level, score), and table \"Games\" has no typeAttribute, so they would "
            + "be read as Ranked; set @Table(typeAttribute = \"_type\") or give Ranked an index of its own.",
        "ofLevel(");
  }

  @Test
  void anIndexNoEntityJoinsWarns() {
    Compilation c = table("  @GlobalIndex(name = \"Lonely\",\n    partitionKeys = \"a\", sortKeys = \"b\")");
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[" + Msg.MAK_UNUSED_INDEX.id() + "] Index \"Lonely\" has a multi-attribute "
        + "key, but no entity joins it, so the types of a, b are unknown and the exported table definitions declare "
        + "them as S; add @IndexKey(index = \"Lonely\") to the entities stored in it.")
        .inFile(Fixtures.source(c, "GamesTable.java")).onLineContaining("@GlobalIndex(name = \"Lonely\"");
  }
}
