package dev.keyway.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.QueryResponse;
import dev.keyway.ops.ScanResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Full pages over a partition where a filter drops items: a fake partition n1 c1 n2 c2 n3 c3 answers each
 * request as DynamoDB does (Limit counts evaluated items; the filter runs after it).
 */
class PageFillerTest {
  private static final List<String> PARTITION = List.of("n1", "c1", "n2", "c2", "n3", "c3");
  private final List<Integer> limits = new ArrayList<>();

  private QueryResponse read(int limit, Cursor cursor) {
    limits.add(limit);
    int start = cursor == null ? 0 : PARTITION.indexOf(sortKey(cursor.lastEvaluatedKey())) + 1;
    int end = Math.min(start + limit, PARTITION.size());
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (String sk : PARTITION.subList(start, end)) {
      if (sk.startsWith("n")) {
        items.add(Map.of("SK", AttributeValue.s(sk)));
      }
    }
    Map<String, AttributeValue> last = end == start ? null : Map.of("SK", AttributeValue.s(PARTITION.get(end - 1)));
    return QueryResponse.builder().items(items).lastEvaluatedKey(end == PARTITION.size() && end - start < limit
        ? null : last).build();
  }

  private static String sortKey(Map<String, AttributeValue> item) {
    return ((AttributeValue.S) item.get("SK")).value();
  }

  private Page<String> page(PageRequest request) {
    return PageFiller.fill(request, this::read, PageFillerTest::sortKey);
  }

  @Test
  void pagesAreFullAndResumeRightAfterTheLastItem() {
    Page<String> first = page(PageRequest.first(2));
    assertThat(first.items()).containsExactly("n1", "n2");
    assertThat(first.next().orElseThrow().lastEvaluatedKey()).isEqualTo(Map.of("SK", AttributeValue.s("n2")));
    assertThat(limits).containsExactly(2, 1);   // asks only for what is still missing

    Page<String> second = page(first.nextRequest(PageRequest.first(2)).orElseThrow());
    assertThat(second.items()).containsExactly("n3");
    assertThat(second.hasNext()).isFalse();
  }

  @Test
  void scanPagesAreFullToo() {
    Page<String> first = PageFiller.fillScan(PageRequest.first(2), (limit, cursor) -> {
      QueryResponse q = read(limit, cursor);
      return ScanResponse.builder().items(q.items()).lastEvaluatedKey(q.lastEvaluatedKey()).build();
    }, PageFillerTest::sortKey);
    assertThat(first.items()).containsExactly("n1", "n2");
    assertThat(limits).containsExactly(2, 1);
    assertThat(first.next().orElseThrow().lastEvaluatedKey()).isEqualTo(Map.of("SK", AttributeValue.s("n2")));
  }

  @Test
  void aMapperCanLeaveItemsOut() {
    Page<String> page = PageFiller.fill(PageRequest.first(2), this::read,
        item -> sortKey(item).equals("n2") ? null : sortKey(item));
    assertThat(page.items()).containsExactly("n1", "n3");
  }
}
