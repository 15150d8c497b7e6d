package dev.keyway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.QueryResponse;
import dev.keyway.spi.CallContext;
import dev.keyway.spi.Interceptor;
import dev.keyway.spi.Operation;
import dev.keyway.spi.Operations;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheMetricsTest {
  @Test
  void countersFollowTheCachesStatistics() {
    BackendCache cache = BackendCache.create();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    new CacheMetrics(cache).bindTo(registry);

    QueryRequest query = QueryRequest.builder().tableName("Shop").keyConditionExpression("PK = :pk")
        .expressionAttributeValues(Map.of(":pk", AttributeValue.s("u1"))).build();
    cache.intercept(new Answering(query));
    cache.intercept(new Answering(query));

    assertThat(registry.get("keyway.cache.hits").tag("cache", "query").functionCounter().count()).isEqualTo(1);
    assertThat(registry.get("keyway.cache.misses").tag("cache", "query").functionCounter().count()).isEqualTo(1);
    assertThat(registry.get("keyway.cache.hits").tag("cache", "item").functionCounter().count()).isZero();
    assertThat(registry.get("keyway.cache.evictions").tag("cache", "item").functionCounter().count()).isZero();
  }

  /** A Query call whose backend answers with one empty page. */
  private record Answering(QueryRequest request) implements Interceptor.Chain<QueryRequest, QueryResponse> {
    @Override
    public Operation<QueryRequest, QueryResponse> operation() {
      return Operations.QUERY;
    }

    @Override
    public CallContext context() {
      return CallContext.anonymous();
    }

    @Override
    public QueryResponse proceed(QueryRequest request) {
      return new QueryResponse(List.of(), 0, 0, null, null);
    }
  }
}
