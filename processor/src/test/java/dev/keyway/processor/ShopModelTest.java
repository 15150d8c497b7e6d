package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.keyway.spi.Backend;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
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

  /** Repositories are created with the facade and held in final fields, so threads sharing it share them safely. */
  @Test
  void facadeHoldsItsRepositoriesInFinalFields() throws Exception {
    Class<?> facade = Fixtures.load(Exports.shop()).loadClass("shop.Shop");
    for (Field f : facade.getDeclaredFields()) {
      assertThat(Modifier.isFinal(f.getModifiers())).as(f.getName()).isTrue();
    }
    Backend backend = (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
        (proxy, method, args) -> {
          throw new AssertionError("creating repositories calls no backend operation: " + method.getName());
        });
    Object shop = facade.getMethod("connect", Backend.class).invoke(null, backend);
    Method orders = facade.getMethod("orders");
    assertThat(facade.getDeclaredFields()).extracting(Field::getName).contains("orders", "customers", "products");
    assertThat(orders.invoke(shop)).isNotNull().isSameAs(orders.invoke(shop));
  }
}
