package com.example.library;

import dev.keyway.annotation.GlobalIndex;
import dev.keyway.annotation.Table;

@Table(name = "Library", partitionKey = "PK", sortKey = "SK",
    globalIndexes = @GlobalIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"))
public interface LibraryTable {}
