package dev.keyway.engine.op;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.withIndexes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.QueryResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Following LastEvaluatedKey from page to page visits every item of a partition exactly once. */
class QueryPagingTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 4, 7})
  void pagesVisitEveryItemOnce(int limit) {
    try (Engine engine = Engine.inMemory()) {
      engine.createTable(withIndexes("Paged"));
      List<String> written = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        String sk = String.format("item#%02d", i);
        engine.putItem(PutItemRequest.builder().tableName("Paged")
            .item(item("PK", "p" + (i % 3), "SK", sk)).build());
        if (i % 3 == 1) {
          written.add(sk);
        }
      }
      List<String> seen = new ArrayList<>();
      Map<String, AttributeValue> start = null;
      do {
        QueryResponse page = engine.query(QueryRequest.builder().tableName("Paged")
            .keyConditionExpression("PK = :p").expressionAttributeValues(item(":p", "p1"))
            .limit(limit).exclusiveStartKey(start).build());
        assertThat(page.items().size()).isLessThanOrEqualTo(limit);
        page.items().forEach(i -> seen.add(((AttributeValue.S) i.get("SK")).value()));
        start = page.lastEvaluatedKey();
      } while (start != null);
      assertThat(seen).containsExactlyElementsOf(written);
    }
  }
}
