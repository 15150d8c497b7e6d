package dev.keyway.engine.server;

import dev.keyway.engine.Engine;

/**
 * A server for {@link AcceptRecoveryProcessTest}, run in its own JVM under a small file-descriptor
 * limit: prints its port, then serves until its standard input closes.
 */
public final class FdStarvedServer {
  private FdStarvedServer() {}

  public static void main(String[] args) throws Exception {
    try (Engine engine = Engine.inMemory(); KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0))) {
      System.out.println("PORT " + server.port());
      System.out.flush();
      while (System.in.read() >= 0) {
        // serve until the parent closes our stdin
      }
    }
  }
}
