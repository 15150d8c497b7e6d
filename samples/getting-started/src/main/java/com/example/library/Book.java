package com.example.library;

import dev.keyway.annotation.Entity;
import dev.keyway.annotation.IndexKey;

@Entity(table = LibraryTable.class, pk = "BOOK#{isbn}", sk = "DETAILS")
@IndexKey(index = "GSI1", pk = "AUTHOR#{author}", sk = "{title}")
public record Book(String isbn, String title, String author, int pages) {}
