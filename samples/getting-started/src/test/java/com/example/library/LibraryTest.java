package com.example.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.junit.KeywayTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@KeywayTest(tables = Library.class) // a new engine for every test, with the Library table created
class LibraryTest {
  Library library; // connected to that engine before each test

  @BeforeEach
  void twoBooks() {
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
