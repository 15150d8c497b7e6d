package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class ShopModelTest {
  static final String[] SHOP = {
    "fixtures/shop/ShopTable.java", "fixtures/shop/Status.java", "fixtures/shop/Line.java",
    "fixtures/shop/Customer.java", "fixtures/shop/Order.java", "fixtures/shop/OrderQueries.java",
    "fixtures/shop/Product.java",
  };

  @Test
  void compilesWithoutWarnings() {
    Compilation c = Fixtures.compileResources(SHOP);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("shop.OrderKeys");
    assertThat(c).generatedSourceFile("shop.OrderSchema");
    assertThat(c).generatedSourceFile("shop.ProductSchema");
    assertThat(c).generatedSourceFile("shop.Shop");
    assertThat(c).generatedSourceFile("shop.OrderQueriesImpl");
    assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/keyway/Shop.json").contentsAsUtf8String()
        .contains("\"keyCondition\": \"PK = \\\"USER#{userId}\\\" AND SK BETWEEN \\\"ORDER#{from}\\\" AND "
            + "\\\"ORDER#{to}\\\"\"");
    assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/keyway/Shop.json").contentsAsUtf8String()
        .contains("\"IndexName\": \"GSI1\"");
  }
}
