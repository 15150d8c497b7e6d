package dev.keyway.engine.server;

import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.handler.timeout.WriteTimeoutException;
import io.netty.handler.timeout.WriteTimeoutHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SocketChannel;
import java.util.List;

/**
 * Loads, at start, the classes every new connection needs. Loaded only when the first connection
 * arrives, they may have to open a file (a class file in a directory, a jar not yet opened) at a
 * moment when no descriptor is left; the JVM then remembers the failed reference and that
 * connection code fails for good (JVMS 5.4.3), so the server would never serve again.
 */
final class ConnectionClasses {
  private ConnectionClasses() {}

  static void preload() {
    StartupClasses.initialize(List.of(
        // Netty's (the jars they live in get opened now)
        IdleStateHandler.class, WriteTimeoutHandler.class, WriteTimeoutException.class,
        HttpServerCodec.class, DefaultFullHttpResponse.class,
        // ours
        ConnectionLimit.class, ConnectionLimit.Decision.class, RefusedConnection.class, ThrottledLog.class,
        RequestDeadline.class, RequestDeadline.Start.class,
        RequestDeadline.Stop.class, BodyLimitAggregator.class, HttpRequestHandler.class, Responses.class));
    closeOneSocket();
  }

  /**
   * Closing a socket initializes the JDK's file dispatcher, whose initializer needs a descriptor of
   * its own: left to the first connection closed while none is free, it fails and every later
   * close fails with it, leaving the event loop unable to drop connections.
   */
  private static void closeOneSocket() {
    try {
      SocketChannel.open().close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a socket", e);
    }
  }
}
