package com.example.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.engine.Engine;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LibraryTest {
  private Library library;

  @BeforeEach
  void freshLibrary() {
    library = Library.connect(Engine.inMemory()); // a new, empty engine for every test
    library.createTableIfAbsent();
    library.books().put(new Book("978-0134685991", "Effective Java", "Joshua Bloch", 412));
    library.books().put(new Book("978-0201310054", "Java Puzzlers", "Joshua Bloch", 282));
  }

  @Test
  void findsABookByIsbn() {
    Book book = library.bookQueries().book("978-0134685991").orElseThrow();
    assertEquals("Effective Java", book.title());
    assertTrue(library.bookQueries().book("000-0000000000").isEmpty());
  }

  @Test
  void listsAnAuthorsBooksByTitle() {
    List<String> titles = library.bookQueries().booksBy("Joshua Bloch").stream()
        .map(Book::title)
        .toList();
    assertEquals(List.of("Effective Java", "Java Puzzlers"), titles);
  }
}
