package com.example.library;

import dev.keyway.engine.Engine;

public final class LibraryApp {
  public static void main(String[] args) {
    Library library = Library.connect(Engine.inMemory()); // Library is generated from LibraryTable
    library.createTableIfAbsent();                         // PK/SK and GSI1 from the annotations

    library.books().put(new Book("978-0134685991", "Effective Java", "Joshua Bloch", 412));
    library.books().put(new Book("978-0321349606", "Java Concurrency in Practice", "Brian Goetz", 403));

    for (Book book : library.bookQueries().booksBy("Joshua Bloch")) {
      System.out.println(book.title());
    }
  }

  private LibraryApp() {}
}
