package dev.keyway.engine.server;

import io.netty.channel.Channel;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/** Counts open connections and turns away those beyond the limit. */
final class ConnectionLimit {
  private static final ThrottledLog REFUSALS = new ThrottledLog(Logger.getLogger(ConnectionLimit.class.getName()), 1000);

  private final int max;
  private final AtomicInteger open = new AtomicInteger();

  ConnectionLimit(int max) {
    this.max = max;
  }

  /**
   * Counts {@code connection} until it closes, or closes it at once when {@code max} are already
   * open (the client sees the connection closed before any response).
   */
  boolean admit(Channel connection) {
    if (open.incrementAndGet() > max) {
      open.decrementAndGet();
      REFUSALS.warning("Refused a connection from " + connection.remoteAddress() + ": " + max
          + " connections are open, the limit (serve --max-connections)");
      connection.close();
      return false;
    }
    connection.closeFuture().addListener(closed -> open.decrementAndGet());
    return true;
  }

  int open() {
    return open.get();
  }
}
