package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles the fixture tables once and reads their infrastructure files. */
final class Exports {
  static final String[] INVENTORY = {
    "fixtures/inventory/InventoryTable.java", "fixtures/inventory/Stock.java", "fixtures/inventory/StockQueries.java",
  };
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Compilation shop;
  private static Compilation inventory;

  private Exports() {}

  static synchronized Compilation shop() {
    if (shop == null) {
      shop = Fixtures.compileResources(ShopModelTest.SHOP);
      assertThat(shop).succeededWithoutWarnings();
    }
    return shop;
  }

  static synchronized Compilation inventory() {
    if (inventory == null) {
      inventory = Fixtures.compileResources(INVENTORY);
      assertThat(inventory).succeededWithoutWarnings();
    }
    return inventory;
  }

  /** The text of {@code META-INF/keyway/<table>/<file>}. */
  static String text(Compilation c, String table, String file) {
    JavaFileObject f = c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/keyway/" + table + "/" + file)
        .orElseThrow(() -> new AssertionError("not generated: " + table + "/" + file));
    try {
      return f.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(Compilation c, String table, String file) {
    try {
      return JSON.readTree(text(c, table, file));
    } catch (IOException e) {
      throw new AssertionError(table + "/" + file + " is not JSON", e);
    }
  }

  /** The text values of {@code field} in each element of an array node. */
  static List<String> values(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }
}
