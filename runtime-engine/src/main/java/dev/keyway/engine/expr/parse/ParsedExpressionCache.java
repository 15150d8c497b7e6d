package dev.keyway.engine.expr.parse;

import dev.keyway.engine.expr.ast.ExpressionKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded LRU cache of parsed expressions keyed by kind and text. Parsing is pure, so a parsed
 * tree can be shared by all requests; names and values are substituted per request by the
 * resolver. Syntax errors are not cached (they are thrown again on the next parse).
 */
public final class ParsedExpressionCache {
  private record Key(ExpressionKind kind, String text) {}

  private final int capacity;
  private final Map<Key, Object> map;

  public ParsedExpressionCache(int capacity) {
    this.capacity = capacity;
    this.map =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > ParsedExpressionCache.this.capacity;
          }
        };
  }

  /** Returns the cached tree for {@code text}, parsing it (outside the lock) on a miss. */
  @SuppressWarnings("unchecked")
  public <T> T get(ExpressionKind kind, String text, Function<String, T> parser) {
    Key key = new Key(kind, text);
    synchronized (map) {
      Object hit = map.get(key);
      if (hit != null) {
        return (T) hit;
      }
    }
    T parsed = parser.apply(text);
    synchronized (map) {
      map.put(key, parsed);
    }
    return parsed;
  }

  public int size() {
    synchronized (map) {
      return map.size();
    }
  }
}
