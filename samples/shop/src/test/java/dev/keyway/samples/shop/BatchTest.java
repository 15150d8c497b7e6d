package dev.keyway.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.api.Read;
import dev.keyway.api.ReadResult;
import dev.keyway.junit.KeywayTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** BatchWriteItem and BatchGetItem through the generated repositories: more items than one request holds. */
@KeywayTest(tables = Shop.class)
class BatchTest {
  Shop shop;

  private static Product product(int i) {
    // Prices without trailing zeros: a BigDecimal 10 comes back as 1E+1 (equal by compareTo, not by equals).
    return new Product(String.format("SKU-%03d", i), "Product " + i, "bulk", new BigDecimal(i + ".25"), i, null);
  }

  @Test
  void batchPutAndGetSpanSeveralRequests() {
    List<Product> products = IntStream.range(0, 130).mapToObj(BatchTest::product).toList(); // 6 writes, 2 reads
    shop.products().batchPut(products);

    List<ProductKey> keys = new ArrayList<>(products.stream().map(ProductKeys::of).toList());
    keys.add(ProductKeys.of("SKU-999")); // absent: skipped
    List<Product> read = shop.products().batchGet(keys, true);

    assertEquals(products, read);
  }

  @Test
  void batchDeleteRemovesOnlyTheNamedItems() {
    shop.products().batchPut(List.of(product(1), product(2), product(3)));
    shop.products().batchDelete(
        List.of(ProductKeys.of("SKU-001"), ProductKeys.of("SKU-003"), ProductKeys.of("SKU-404")));

    assertEquals(List.of(product(2)), shop.products().batchGet(
        List.of(ProductKeys.of("SKU-001"), ProductKeys.of("SKU-002"), ProductKeys.of("SKU-003")), true));
  }

  @Test
  void readsOfSeveralTypesInOneBatch() {
    shop.customers().put(new Customer("ann", "ann@example.com", "Ann", Instant.parse("2023-01-01T00:00:00Z")));
    shop.products().put(product(7));

    var reads = shop.reads();
    Read<Customer> ann = reads.get(CustomerKeys.of("ann"));
    Read<Product> seven = reads.get(ProductKeys.of("SKU-007"));
    Read<Product> missing = reads.get(ProductKeys.of("SKU-404"));
    ReadResult result = reads.batch(true);

    assertEquals("Ann", result.get(ann).orElseThrow().name());
    assertEquals(product(7), result.get(seven).orElseThrow());
    assertTrue(result.get(missing).isEmpty());
  }
}
