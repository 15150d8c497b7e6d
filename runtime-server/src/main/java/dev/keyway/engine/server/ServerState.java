package dev.keyway.engine.server;

/** Counts requests in flight so that shutdown can wait for them. */
final class ServerState {
  private int inFlight;
  private volatile boolean shuttingDown;

  synchronized void begin() {
    inFlight++;
  }

  synchronized void end() {
    inFlight--;
    if (inFlight == 0) {
      notifyAll();
    }
  }

  boolean shuttingDown() {
    return shuttingDown;
  }

  void beginShutdown() {
    shuttingDown = true;
  }

  synchronized void awaitIdle(long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (inFlight > 0) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return;
      }
      wait(left);
    }
  }
}
