package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
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
  }
}
