package dev.keyway.docs.shop;

import dev.keyway.annotation.GlobalIndex;
import dev.keyway.annotation.Table;

/** The shop of README.md and of the guide's pages on backends, the cache, production and testing. */
// snippet:start declaration
@Table(name = "Shop", partitionKey = "PK", sortKey = "SK",
       globalIndexes = @GlobalIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"))
public interface ShopTable {}
// snippet:end declaration
