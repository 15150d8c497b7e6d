package dev.keyway.docs.model;

import dev.keyway.annotation.GlobalIndex;
import dev.keyway.annotation.Table;

@Table(name = "Notebook",
       globalIndexes = @GlobalIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"))
interface NotesTable {}
