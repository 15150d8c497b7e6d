package dev.keyway.engine.op;

import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.TransactWriteItemsResponse;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * TransactWriteItems' ClientRequestTokens of the last ten minutes, with the request each one
 * carried and the response it got. Tokens expire in the order they were recorded, so expiry only
 * looks at the oldest entries instead of scanning them all on every transaction (the AWS SDKs send
 * a fresh token with every call). At most {@link #MAX_TOKENS} are remembered; beyond that the
 * oldest are forgotten early, which bounds memory under sustained load.
 */
final class ClientTokens {
  static final Duration WINDOW = Duration.ofMinutes(10);
  static final int MAX_TOKENS = 200_000;

  record Completed(
      String token, TransactWriteItemsRequest request, TransactWriteItemsResponse response,
      long atNanos) {}

  private final ConcurrentHashMap<String, Completed> byToken = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Completed> inOrder = new ConcurrentLinkedQueue<>();

  /** The completed transaction for a token still inside its window, or null. */
  Completed find(String token) {
    Completed done = byToken.get(token);
    return done != null && System.nanoTime() - done.atNanos() < WINDOW.toNanos() ? done : null;
  }

  void record(String token, TransactWriteItemsRequest request, TransactWriteItemsResponse response) {
    long now = System.nanoTime();
    Completed done = new Completed(token, request, response, now);
    byToken.put(token, done);
    inOrder.add(done);
    expire(now);
  }

  private void expire(long now) {
    Completed oldest;
    while ((oldest = inOrder.peek()) != null
        && (now - oldest.atNanos() > WINDOW.toNanos() || byToken.size() > MAX_TOKENS)) {
      if (inOrder.remove(oldest)) {
        // A token used again later has a newer entry: only drop the map entry if it is this one.
        byToken.remove(oldest.token(), oldest);
      }
    }
  }
}
