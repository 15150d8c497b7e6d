package dev.keyway.docs.model;

import dev.keyway.annotation.GlobalIndex;
import dev.keyway.annotation.Table;

/** The shop of docs/annotations.md and docs/generated-code.md (named "Store": table names are unique in one compilation). */
// snippet:start declaration
@Table(name = "Store",
       globalIndexes = @GlobalIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"),
       ttlAttribute = "expiresAt")
interface ShopTable {}
// snippet:end declaration
