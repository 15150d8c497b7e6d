package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.keyway.processor.EntityDiagnosticsTest.IMPORTS;
import static dev.keyway.processor.EntityDiagnosticsTest.TABLE;
import static dev.keyway.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code <Entity>Update}: primary key fields have no setter, index key fields change only
 * together with the rest of their templates (javac rejects anything else), and the recomputed index keys
 * are written by the same UpdateItem.
 */
class UpdateBuilderTest {
  /** GSI1 needs team, state and due; GSI2 needs state: the three change together. */
  static final String TICKET = IMPORTS
      + "@Entity(table = ShopTable.class, pk = \"TICKET#{id}\", sk = \"T\")\n"
      + "@IndexKey(index = \"GSI1\", pk = \"TEAM#{team}\", sk = \"{state}#{due}\")\n"
      + "@IndexKey(index = \"GSI2\", pk = \"STATE#{state}\")\n"
      + "record Ticket(String id, String team, String state, LocalDate due, String title, Set<String> tags,\n"
      + "    @Version long version) {}\n";

  static Compilation withUse(String body) {
    return compile("t/ShopTable.java", TABLE, "t/Ticket.java", TICKET, "t/Use.java",
        "package t;\nimport java.time.LocalDate;\nclass Use {\n  void run() {\n" + body + "\n  }\n}\n");
  }

  @Test
  void primaryKeyFieldHasNoSetter() {
    Compilation c = withUse("    TicketUpdate.unversioned(\"t1\").setId(\"t2\");");
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(Fixtures.source(c, "Use.java"))
        .onLineContaining("setId");
  }

  @Test
  void primaryKeyFieldPathCannotBeSet() {
    Compilation c = withUse("    TicketFields.ID.set(\"t2\");");
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(Fixtures.source(c, "Use.java"))
        .onLineContaining("TicketFields.ID.set");
  }

  @Test
  void keyFieldPathIsNotAcceptedByTheGenericSetter() {
    Compilation c = withUse("    TicketUpdate.unversioned(\"t1\").set(TicketFields.STATE, \"DONE\");");
    assertThat(c).hadErrorContaining("no suitable method found for set").inFile(Fixtures.source(c, "Use.java"))
        .onLineContaining("TicketFields.STATE");
  }

  @Test
  void halfAnIndexTemplateDoesNotCompile() {
    Compilation c = withUse("    TicketUpdate.unversioned(\"t1\").setState(\"DONE\");");
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(Fixtures.source(c, "Use.java"))
        .onLineContaining("setState");
  }

  @Test
  void twoOfThreeTemplateFieldsDoNotCompile() {
    Compilation c = withUse("    TicketUpdate.unversioned(\"t1\").setTeamAndState(\"a\", \"DONE\");");
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(Fixtures.source(c, "Use.java"))
        .onLineContaining("setTeamAndState");
  }

  @Test
  void versionHasNoSetter() {
    Compilation c = withUse("    TicketUpdate.unversioned(\"t1\").setVersion(3L);");
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(Fixtures.source(c, "Use.java"))
        .onLineContaining("setVersion");
  }

  @Test
  void versionedUpdateByKeyMustSayItDoesNotCheck() {
    Compilation c = withUse("    Shop shop = Shop.connect(null);\n"
        + "    shop.tickets().update(\"t1\", u -> u.setTitle(\"x\"));");
    assertThat(c).hadErrorContaining("no suitable method found for update").inFile(Fixtures.source(c, "Use.java"))
        .onLineContaining("shop.tickets().update(");
  }

  @Test
  void versionedBuilderFromAKeyNeedsTheExpectedVersionOrItsName() {
    Compilation c = withUse("    TicketUpdate.of(\"t1\").setTitle(\"x\");");
    assertThat(c).hadErrorContaining("method of in class t.TicketUpdate cannot be applied to given types").inFile(Fixtures.source(c, "Use.java"))
        .onLineContaining("TicketUpdate.of(");
  }

  @Test
  void indexKeysAreRewrittenAtomicallyOnTheEngine() throws Exception {
    String run = "package t;\n"
        + "import java.time.LocalDate;\nimport java.util.*;\n"
        + "public class TicketRun implements Runnable {\n"
        + "  static void check(boolean ok, String what) { if (!ok) throw new AssertionError(what); }\n"
        + "  public void run() {\n"
        + "    Shop shop = Shop.connect(dev.keyway.engine.Engine.inMemory());\n"
        + "    shop.createTableIfAbsent();\n"
        + "    LocalDate d = LocalDate.parse(\"2024-05-01\");\n"
        + "    shop.tickets().put(new Ticket(\"t1\", \"core\", \"OPEN\", d, \"crash\", Set.of(\"p1\"), 0));\n"
        + "    Ticket after = shop.tickets().updateUnversioned(\"t1\", u -> u.setTeamAndStateAndDue(\"web\", \"DONE\", d.plusDays(1))\n"
        + "        .setTitle(\"fixed\").add(TicketFields.TAGS, List.of(\"p2\")).when(TicketFields.STATE.eq(\"OPEN\")));\n"
        + "    check(after.team().equals(\"web\") && after.version() == 2 && after.tags().size() == 2, \"updated: \" + after);\n"
        + "    check(shop.tickets().queryGsi1(\"core\").count() == 0, \"old GSI1 partition empty\");\n"
        + "    check(shop.tickets().queryGsi1(\"web\").sortKeyEquals(TicketKeys.gsi1Sk(\"DONE\", d.plusDays(1))).count() == 1,"
        + " \"new GSI1 key\");\n"
        + "    check(shop.tickets().queryGsi2(\"OPEN\").count() == 0 && shop.tickets().queryGsi2(\"DONE\").count() == 1,"
        + " \"GSI2 key\");\n"
        + "    shop.tickets().updateUnversioned(\"t1\", u -> u.setTeamAndStateAndDue(\"web\", null, d));\n"
        + "    check(shop.tickets().queryGsi1(\"web\").count() == 0 && shop.tickets().queryGsi2(\"DONE\").count() == 0,"
        + " \"null state: out of both sparse indexes\");\n"
        + "    shop.transact(tx -> tx.update(TicketUpdate.unversioned(\"t1\").setTeamAndStateAndDue(\"ops\", \"OPEN\", d)));\n"
        + "    check(shop.tickets().queryGsi1(\"ops\").count() == 1 && shop.tickets().queryGsi2(\"OPEN\").count() == 1,"
        + " \"rewritten inside a transaction\");\n"
        + "    check(shop.tickets().get(\"t1\").orElseThrow().version() == 4, \"version bumped by each update\");\n"
        + "    try {\n"
        + "      TicketUpdate.unversioned(\"t1\").set(dev.keyway.expr.Paths.string(\"GSI1PK\"), \"TEAM#x\");\n"
        + "      check(false, \"hand-made path to an index key must be rejected\");\n"
        + "    } catch (IllegalArgumentException expected) {\n"
        + "    }\n"
        + "    shop.tickets().updateUnversioned(\"t1\", u -> u.setTags(Set.of()).setTitle(null));\n"
        + "    Ticket cleared = shop.tickets().get(\"t1\").orElseThrow();\n"
        + "    check(cleared.tags() == null && cleared.title() == null, \"empty set and null remove: \" + cleared);\n"
        + "  }\n"
        + "}\n";
    Compilation c = compile("t/ShopTable.java", TABLE, "t/Ticket.java", TICKET, "t/TicketRun.java", run);
    assertThat(c).succeededWithoutWarnings();
    Fixtures.run(c, "t.TicketRun");
  }

  /** A group of primitive fields is never null, so its setter writes the index key without a null branch. */
  @Test
  void primitiveIndexKeyFieldsAreWrittenUnconditionally() throws Exception {
    String rank = IMPORTS + "@Entity(table = ShopTable.class, pk = \"RANK#{id}\", sk = \"R\")\n"
        + "@IndexKey(index = \"GSI2\", pk = \"LEVEL#{level}\")\n"
        + "record Rank(String id, int level) {}\n";
    String run = "package t;\n"
        + "public class RankRun implements Runnable {\n"
        + "  public void run() {\n"
        + "    Shop shop = Shop.connect(dev.keyway.engine.Engine.inMemory());\n"
        + "    shop.createTableIfAbsent();\n"
        + "    shop.ranks().put(new Rank(\"r1\", 1));\n"
        + "    shop.ranks().update(\"r1\", u -> u.setLevel(2));\n"
        + "    if (shop.ranks().queryGsi2(1).count() != 0 || shop.ranks().queryGsi2(2).count() != 1) {\n"
        + "      throw new AssertionError(\"GSI2 key not rewritten\");\n"
        + "    }\n"
        + "  }\n"
        + "}\n";
    Compilation c = compile("t/ShopTable.java", TABLE, "t/Rank.java", rank, "t/RankRun.java", run);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("t.RankUpdate").contentsAsUtf8String()
        .contains("put(\"GSI2PK\", AttributeValue.s(RankKeys.gsi2Pk(level)));");
    assertThat(c).generatedSourceFile("t.RankUpdate").contentsAsUtf8String().doesNotContain("if (");
    Fixtures.run(c, "t.RankRun");
  }
}
