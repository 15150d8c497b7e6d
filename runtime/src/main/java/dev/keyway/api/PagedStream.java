package dev.keyway.api;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Every item of a paged query as a stream; each page is read when the stream reaches it. */
final class PagedStream {
  private PagedStream() {}

  static <T> Stream<T> of(Function<PageRequest, Page<T>> reader, boolean ascending) {
    Iterator<T> it = new Iterator<>() {
      private PageRequest next = new PageRequest(PageRequest.DEFAULT_LIMIT, null, ascending);
      private Iterator<T> current = List.<T>of().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next != null) {
          Page<T> page = reader.apply(next);
          current = page.items().iterator();
          next = page.nextRequest(next).orElse(null);
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
  }
}
