package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Arrays;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** access-patterns.md: a Markdown report whose tables list every index, entity and pattern. */
class AccessPatternReportTest {
  private static List<String> rows(String report, String heading) {
    String section = report.substring(report.indexOf("## " + heading));
    int next = section.indexOf("\n## ", 3);
    return section.substring(0, next < 0 ? section.length() : next).lines().filter(l -> l.startsWith("|")).toList();
  }

  private static String row(List<String> rows, String firstCell) {
    return rows.stream().filter(r -> r.startsWith("| " + firstCell + " |")).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + firstCell + " in " + rows));
  }

  @Test
  void everyTableRowHasTheHeadersColumns() {
    String report = Exports.text(Exports.shop(), "Shop", "access-patterns.md");
    assertThat(report).startsWith("# Access patterns of table `Shop`\n");
    for (String heading : List.of("Keys and indexes", "Entities", "Access patterns")) {
      List<String> rows = rows(report, heading);
      assertThat(rows.get(1)).matches("(\\| --- )+\\|");
      long columns = rows.get(0).chars().filter(c -> c == '|').count();
      rows.forEach(r -> assertThat(r.replace("\\|", "").chars().filter(c -> c == '|').count()).as(r)
          .isEqualTo(columns));
    }
  }

  @Test
  void listsEachPatternWithIndexKeyConditionFilterAndProjection() {
    List<String> rows = rows(Exports.text(Exports.shop(), "Shop", "access-patterns.md"), "Access patterns");
    assertThat(rows).hasSize(2 + 14);
    assertThat(row(rows, "OrderQueries.ordersOfBetween")).isEqualTo("| OrderQueries.ordersOfBetween | Order | table"
        + " | PK = \"USER#{userId}\" AND SK BETWEEN \"ORDER#{from}\" AND \"ORDER#{to}\" | _type = \"Order\""
        + " | all attributes | LIST |");
    assertThat(row(rows, "OrderQueries.idsByStatus")).isEqualTo("| OrderQueries.idsByStatus | Order | GSI1"
        + " | GSI1PK = \"STATUS#{status}\" | _type = \"Order\" | orderId | PAGE |");
    assertThat(row(rows, "OrderQueries.totalsOf")).contains("| orderId, total | LIST |");
  }

  @Test
  void labelsACollectionPatternWithTheCollectionAndItsMembers() {
    Compilation c = Fixtures.compileResources(NotesEngineTest.NOTES);
    assertThat(c).succeeded();
    List<String> rows = rows(Exports.text(c, "Notes", "access-patterns.md"), "Access patterns");
    assertThat(row(rows, "UserQueries.itemsOf")).isEqualTo("| UserQueries.itemsOf | UserItem (Profile, Note, Comment)"
        + " | table | PK = \"USER#{userId}\" | - | all attributes | PAGE |");
    assertThat(row(rows, "UserQueries.user")).contains("| UserItem (Profile, Note, Comment) |").endsWith("| GROUPED |");
    assertThat(row(rows, "UserQueries.itemsBetween")).contains(" | PK = \"USER#{userId}\" AND SK BETWEEN {from} AND"
        + " {to} | - |");
    assertThat(row(rows, "UserQueries.threadByText")).isEqualTo("| UserQueries.threadByText | NoteThread (Note,"
        + " Comment) | table | PK = \"USER#{userId}\" | begins_with(text, {prefix}) | all attributes | PAGE |");
  }

  @Test
  void listsIndexesAndEntities() {
    String report = Exports.text(Exports.inventory(), "Inventory", "access-patterns.md");
    List<String> indexes = rows(report, "Keys and indexes");
    assertThat(row(indexes, "byWarehouse")).startsWith("| byWarehouse | global index | gpk | gsk | INCLUDE quantity");
    assertThat(row(indexes, "bySku")).isEqualTo("| bySku | global index | g2pk | - | KEYS_ONLY |");
    assertThat(row(indexes, "byReceived")).isEqualTo("| byReceived | local index | pk | lsk | ALL |");
    assertThat(report).contains("Billing mode: PROVISIONED (7 read, 3 write units). Time to live: none.");
    assertThat(row(rows(report, "Entities"), "Stock")).contains("| TENANT#{tenant}#ITEM#{sku} | BIN#{bin:4} |");
  }

  @Test
  void exportsCanBeTurnedOff() {
    Compilation c = javac().withProcessors(new KeywayProcessor()).withOptions("-Akeyway.exports=false")
        .compile(Arrays.stream(Exports.INVENTORY).map(JavaFileObjects::forResource).toList());
    assertThat(c).succeeded();
    assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/keyway/Inventory.json");
    assertThat(c.generatedFiles()).noneMatch(f -> f.toUri().getPath().contains("META-INF/keyway/Inventory/"));
  }
}
