package dev.keyway.engine.op;

import dev.keyway.engine.op.check.Errors;
import dev.keyway.error.IdempotentParameterMismatchException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * The ClientRequestTokens of a transaction operation (TransactWriteItems, ExecuteTransaction) of the
 * last ten minutes, with a digest of the request
 * each one carried (never the request: a transaction may hold megabytes of items) and the
 * response it got. Tokens expire in the order they were recorded, so expiry only
 * looks at the oldest entries instead of scanning them all on every transaction (the AWS SDKs send
 * a fresh token with every call). Time is the engine's clock, so tests can expire tokens without
 * waiting. At most {@link #MAX_TOKENS} are remembered; beyond that the
 * oldest are forgotten early, which bounds memory under sustained load.
 */
final class ClientTokens {
  static final Duration WINDOW = Duration.ofMinutes(10);
  static final int MAX_TOKENS = 200_000;

  /** What a repeat needs: whether it asks the same ({@link RequestDigest}), and the answer. */
  record Completed(String token, byte[] requestDigest, Record response, long atMillis) {
    boolean sameRequest(Record request) {
      return java.security.MessageDigest.isEqual(requestDigest, RequestDigest.of(request));
    }
  }

  private final Clock clock;
  private final ConcurrentHashMap<String, Completed> byToken = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Completed> inOrder = new ConcurrentLinkedQueue<>();

  ClientTokens(Clock clock) {
    this.clock = clock;
  }

  /**
   * Runs a transaction once per token (every time without one): a repeat of the same request
   * within the window answers as the first did; the token with other parameters is
   * IdempotentParameterMismatchException.
   */
  <R extends Record> R once(String token, Record request, Class<R> type, Supplier<R> run) {
    if (token == null) {
      return run.get();
    }
    Completed done = find(token);
    if (done != null) {
      if (!done.sameRequest(request)) {
        throw new IdempotentParameterMismatchException("Transaction request with the same "
            + "client request token has different parameters");
      }
      return type.cast(done.response());
    }
    R response = run.get();
    record(token, request, response);
    return response;
  }

  /** The completed transaction for a token still inside its window, or null. */
  Completed find(String token) {
    Completed done = byToken.get(token);
    return done != null && clock.millis() - done.atMillis() < WINDOW.toMillis() ? done : null;
  }

  void record(String token, Record request, Record response) {
    long now = clock.millis();
    Completed done = new Completed(token, RequestDigest.of(request), response, now);
    byToken.put(token, done);
    inOrder.add(done);
    expire(now);
  }

  private void expire(long now) {
    Completed oldest;
    while ((oldest = inOrder.peek()) != null
        && (now - oldest.atMillis() > WINDOW.toMillis() || byToken.size() > MAX_TOKENS)) {
      if (inOrder.remove(oldest)) {
        // A token used again later has a newer entry: only drop the map entry if it is this one.
        byToken.remove(oldest.token(), oldest);
      }
    }
  }
}
