package dev.keyway.api;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.QueryResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fills one page of a query whose filter (a type check, a filter expression) may drop items that the
 * key condition matched. DynamoDB applies {@code Limit} before the filter, so one request can return
 * fewer items than asked, or none; this reads on from {@code LastEvaluatedKey}, asking each time for
 * exactly the items still missing, until the page is full or the key range ends. The last request of a
 * full page evaluated no item after the last one returned, so its {@code LastEvaluatedKey} resumes
 * exactly after that item.
 */
final class PageFiller {
  /** One Query request: at most {@code limit} items evaluated, starting after {@code cursor} (null: first). */
  interface Reader {
    QueryResponse read(int limit, Cursor cursor);
  }

  private PageFiller() {}

  /**
   * A page of at most {@code page.limit()} items; {@code mapper} turns a returned item into a result, or
   * null to leave it out of the page.
   */
  static <T> Page<T> fill(PageRequest page, Reader reader, Function<Map<String, AttributeValue>, T> mapper) {
    List<T> items = new ArrayList<>(Math.min(page.limit(), 256));
    Cursor cursor = page.cursor();
    do {
      QueryResponse r = reader.read(page.limit() - items.size(), cursor);
      for (Map<String, AttributeValue> item : r.items()) {
        T mapped = mapper.apply(item);
        if (mapped != null) {
          items.add(mapped);
        }
      }
      Map<String, AttributeValue> last = r.lastEvaluatedKey();
      cursor = last == null || last.isEmpty() ? null : Cursor.of(last);
    } while (cursor != null && items.size() < page.limit());
    return Page.of(items, cursor);
  }
}
