package dev.keyway.engine.server;

import io.netty.channel.Channel;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Counts open connections and turns away those beyond the limit: at most {@link #MAX_ANSWERING}
 * at a time get an answer ({@link RefusedConnection}), the rest are closed at once.
 */
final class ConnectionLimit {
  /** Refused connections being answered at once; each lives at most the request deadline. */
  static final int MAX_ANSWERING = 64;
  private static final ThrottledLog REFUSALS = new ThrottledLog(Logger.getLogger(ConnectionLimit.class.getName()), 1000);

  /** What to do with a new connection. */
  enum Decision { ADMIT, ANSWER_AND_CLOSE, CLOSE }

  private final int max;
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger answering = new AtomicInteger();

  ConnectionLimit(int max) {
    this.max = max;
  }

  /**
   * Counts {@code connection} until it closes when fewer than {@code max} are open; otherwise logs
   * the refusal and says whether the connection is still answered or closed at once (the client
   * then sees it closed before any response).
   */
  Decision admit(Channel connection) {
    if (open.incrementAndGet() <= max) {
      connection.closeFuture().addListener(closed -> open.decrementAndGet());
      return Decision.ADMIT;
    }
    open.decrementAndGet();
    REFUSALS.warning("Refused a connection from " + connection.remoteAddress() + ": " + max
        + " connections are open, the limit (serve --max-connections)");
    if (answering.incrementAndGet() <= MAX_ANSWERING) {
      connection.closeFuture().addListener(closed -> answering.decrementAndGet());
      return Decision.ANSWER_AND_CLOSE;
    }
    answering.decrementAndGet();
    connection.close();
    return Decision.CLOSE;
  }

  int open() {
    return open.get();
  }

  /** Refused connections waiting for their request, to be answered. */
  int answering() {
    return answering.get();
  }
}
