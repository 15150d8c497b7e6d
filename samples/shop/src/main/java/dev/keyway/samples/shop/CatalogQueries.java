package dev.keyway.samples.shop;

import dev.keyway.annotation.AccessPatterns;
import java.util.List;
import java.util.Optional;

/** How the shop reads products and customers. */
@AccessPatterns
public interface CatalogQueries {
  /** GSI1PK = CATEGORY#category: a category's products, by name. */
  List<Product> productsIn(String category);

  /** PK = PRODUCT#sku AND SK = DETAILS. */
  Optional<Product> product(String sku);
}
