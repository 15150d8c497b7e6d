package dev.keyway.samples.shop;

import dev.keyway.annotation.GlobalIndex;
import dev.keyway.annotation.Table;

/**
 * The one table of the shop. Customers, their orders and products share it; GSI1 serves orders by
 * status and products by category. The processor generates the facade {@code Shop} from it.
 */
@Table(name = "Shop", partitionKey = "PK", sortKey = "SK",
    globalIndexes = @GlobalIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"),
    typeAttribute = "_type")
public interface ShopTable {}
