package dev.keyway.cache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A {@link BackendCache}'s statistics as Micrometer counters, read when the registry is scraped:
 * {@code keyway.cache.hits}, {@code keyway.cache.misses} and {@code keyway.cache.evictions}, each
 * tagged {@code cache=item} or {@code cache=query}. Needs {@code io.micrometer:micrometer-core}.
 *
 * <pre>{@code
 * new CacheMetrics(cache).bindTo(registry);
 * }</pre>
 */
public final class CacheMetrics implements MeterBinder {
  private final BackendCache cache;

  public CacheMetrics(BackendCache cache) {
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    bind(registry, "item", BackendCache::itemStatistics);
    bind(registry, "query", BackendCache::queryStatistics);
  }

  private void bind(MeterRegistry registry, String name, Function<BackendCache, CacheStatistics> statistics) {
    counter(registry, "hits", "Reads answered from the cache", name, c -> statistics.apply(c).hits());
    counter(registry, "misses", "Reads passed on to the backend", name, c -> statistics.apply(c).misses());
    counter(registry, "evictions", "Entries dropped for size or age", name, c -> statistics.apply(c).evictions());
  }

  private void counter(
      MeterRegistry registry, String what, String description, String name, ToLongFunction<BackendCache> count) {
    FunctionCounter.builder("keyway.cache." + what, cache, c -> count.applyAsLong(c))
        .description(description)
        .tag("cache", name)
        .register(registry);
  }
}
