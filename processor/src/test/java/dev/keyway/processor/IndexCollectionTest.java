package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.keyway.processor.EntityDiagnosticsTest.IMPORTS;
import static dev.keyway.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** A collection on a GSI partition (members from different table partitions), run on the engine. */
class IndexCollectionTest {
  private static final String TABLE = "package t;\nimport dev.keyway.annotation.*;\n"
      + "@Table(name = \"Org\", partitionKey = \"PK\", sortKey = \"SK\",\n"
      + "  globalIndexes = @GlobalIndex(name = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\"))\n"
      + "interface OrgTable {}\n";
  private static final String RUN = "package t;\nimport dev.keyway.api.*;\nimport dev.keyway.engine.Engine;\n"
      + "import java.util.List;\n"
      + "public final class Run implements Runnable {\n"
      + "  public void run() {\n"
      + "    Org org = Org.connect(Engine.inMemory());\n"
      + "    org.createTableIfAbsent();\n"
      + "    org.members().put(new Member(\"ann\", \"acme\"));\n"
      + "    org.members().put(new Member(\"bob\", \"acme\"));\n"
      + "    org.members().put(new Member(\"cy\", \"other\"));\n"
      + "    org.teams().put(new Team(\"core\", \"acme\"));\n"
      + "    OrgItemCollection acme = org.orgQueries().org(\"acme\");\n"
      + "    if (!acme.members().stream().map(Member::userId).toList().equals(List.of(\"ann\", \"bob\"))\n"
      + "        || acme.teams().size() != 1) {\n"
      + "      throw new AssertionError(acme);\n"
      + "    }\n"
      + "    Page<OrgItem> first = org.orgQueries().items(\"acme\", PageRequest.first(2));\n"
      + "    PageRequest next = first.nextRequest(PageRequest.first(2)).orElseThrow();\n"
      + "    Page<OrgItem> rest = org.orgQueries().items(\"acme\", next);\n"
      + "    if (first.items().size() != 2 || !(rest.items().get(0) instanceof Team) || rest.hasNext()) {\n"
      + "      throw new AssertionError(first + \" \" + rest);\n"
      + "    }\n"
      + "  }\n"
      + "}\n";

  @Test
  void membersOfAnIndexPartitionAreReadTogether() throws Exception {
    Compilation c = compile("t/OrgTable.java", TABLE,
        "t/OrgItem.java",
        IMPORTS + "@ItemCollection(index = \"GSI1\")\nsealed interface OrgItem permits Member, Team {}\n",
        "t/Member.java", IMPORTS + "@Entity(table = OrgTable.class, pk = \"USER#{userId}\", sk = \"PROFILE\")\n"
            + "@IndexKey(index = \"GSI1\", pk = \"ORG#{org}\", sk = \"MEMBER#{userId}\")\n"
            + "record Member(String userId, String org) implements OrgItem {}\n",
        "t/Team.java", IMPORTS + "@Entity(table = OrgTable.class, pk = \"TEAM#{teamId}\", sk = \"TEAM\")\n"
            + "@IndexKey(index = \"GSI1\", pk = \"ORG#{org}\", sk = \"TEAM#{teamId}\")\n"
            + "record Team(String teamId, String org) implements OrgItem {}\n",
        "t/OrgQueries.java", IMPORTS + "import dev.keyway.api.*;\n@AccessPatterns\ninterface OrgQueries {\n"
            + "  OrgItemCollection org(String org);\n  Page<OrgItem> items(String org, PageRequest page);\n}\n",
        "t/Run.java", RUN);
    assertThat(c).succeededWithoutWarnings();
    Fixtures.run(c, "t.Run");
  }
}
