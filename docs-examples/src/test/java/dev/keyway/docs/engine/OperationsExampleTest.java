package dev.keyway.docs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.engine.Engine;
import dev.keyway.spi.Backend;
import dev.keyway.spi.Interceptor;
import dev.keyway.spi.Interceptors;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** docs/operations.md: an interceptor that times every call. */
class OperationsExampleTest {
  @Test
  void anInterceptorTimesEveryCall() {
    MeterRegistry metrics = new SimpleMeterRegistry();
    // snippet:start timing
    Interceptor timing = new Interceptor() {
      @Override
      public <Q extends Record, R> R intercept(Chain<Q, R> chain) {
        long start = System.nanoTime();
        try {
          return chain.proceed(chain.request());
        } finally {
          metrics.timer("dynamodb.calls", "operation", chain.operation().name())   // Micrometer, say
              .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
      }
    };
    // snippet:end timing
    Backend backend = Interceptors.of(timing).wrap(Engine.inMemory());
    backend.createTable(Items.keyedByPk("Orders").build());
    backend.putItem(Items.put("Orders", "o1"));
    assertEquals(1, metrics.get("dynamodb.calls").tag("operation", "PutItem").timer().count());
  }
}
