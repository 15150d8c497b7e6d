package dev.keyway.api;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.QueryResponse;
import dev.keyway.ops.ScanResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fills one page of a query (or scan) whose filter (a type check, a filter expression) may drop items that the
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

  /** One Scan request, as {@link Reader}. */
  interface ScanReader {
    ScanResponse read(int limit, Cursor cursor);
  }

  /** What one request returned: its items and LastEvaluatedKey (null or empty at the end). */
  private record Chunk(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> last) {}

  private interface ChunkReader {
    Chunk read(int limit, Cursor cursor);
  }

  private PageFiller() {}

  /**
   * A page of at most {@code page.limit()} items; {@code mapper} turns a returned item into a result, or
   * null to leave it out of the page.
   */
  static <T> Page<T> fill(PageRequest page, Reader reader, Function<Map<String, AttributeValue>, T> mapper) {
    return fillChunks(page, (limit, cursor) -> {
      QueryResponse r = reader.read(limit, cursor);
      return new Chunk(r.items(), r.lastEvaluatedKey());
    }, mapper);
  }

  /** As {@link #fill}, for a Scan whose filter (the entity type, a filter expression) may drop items. */
  static <T> Page<T> fillScan(PageRequest page, ScanReader reader, Function<Map<String, AttributeValue>, T> mapper) {
    return fillChunks(page, (limit, cursor) -> {
      ScanResponse r = reader.read(limit, cursor);
      return new Chunk(r.items(), r.lastEvaluatedKey());
    }, mapper);
  }

  private static <T> Page<T> fillChunks(
      PageRequest page, ChunkReader reader, Function<Map<String, AttributeValue>, T> mapper) {
    List<T> items = new ArrayList<>(Math.min(page.limit(), 256));
    Cursor cursor = page.cursor();
    do {
      Chunk r = reader.read(page.limit() - items.size(), cursor);
      for (Map<String, AttributeValue> item : r.items()) {
        T mapped = mapper.apply(item);
        if (mapped != null) {
          items.add(mapped);
        }
      }
      Map<String, AttributeValue> last = r.last();
      cursor = last == null || last.isEmpty() ? null : Cursor.of(last);
    } while (cursor != null && items.size() < page.limit());
    return Page.of(items, cursor);
  }
}
