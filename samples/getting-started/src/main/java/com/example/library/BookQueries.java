package com.example.library;

import dev.keyway.annotation.AccessPatterns;
import java.util.List;
import java.util.Optional;

@AccessPatterns
public interface BookQueries {
  /** PK = BOOK#isbn AND SK = DETAILS. */
  Optional<Book> book(String isbn);

  /** GSI1PK = AUTHOR#author: an author's books, by title. */
  List<Book> booksBy(String author);
}
