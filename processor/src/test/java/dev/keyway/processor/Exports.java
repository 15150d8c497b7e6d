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
    return resource(c, "META-INF/keyway/" + table + "/" + file);
  }

  static JsonNode json(Compilation c, String table, String file) {
    return parse("META-INF/keyway/" + table + "/" + file, text(c, table, file));
  }

  /** {@code META-INF/keyway/<table>.json}: the table, its entities and access patterns. */
  static JsonNode model(Compilation c, String table) {
    String path = "META-INF/keyway/" + table + ".json";
    return parse(path, resource(c, path));
  }

  private static String resource(Compilation c, String path) {
    JavaFileObject f = c.generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .orElseThrow(() -> new AssertionError("not generated: " + path));
    try {
      return f.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String path, String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(path + " is not JSON", e);
    }
  }

  /** The text values of {@code field} in each element of an array node. */
  static List<String> values(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }
}
