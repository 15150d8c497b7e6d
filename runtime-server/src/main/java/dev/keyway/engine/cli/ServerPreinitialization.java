package dev.keyway.engine.cli;

import dev.keyway.engine.server.KeywayServer;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;

/**
 * For {@code serve}, initialises the server's classes on a second thread while picocli builds its
 * model of the command line (reflection over every option): the two take about as long, and with
 * a second core they overlap. {@link #await} runs before {@code serve} touches the server, so no
 * class is ever initialised by both threads at once (a cycle between two initialisers running on
 * different threads would deadlock).
 */
final class ServerPreinitialization {
  private static volatile Thread running;
  private static volatile Error failure;

  private ServerPreinitialization() {}

  static void startFor(String[] args) {
    if (args.length == 0 || !args[0].equals("serve")) {
      return;
    }
    Thread thread = new Thread(ServerPreinitialization::initialize, "keyway-preinitialize");
    thread.setDaemon(true);
    running = thread;
    thread.start();
  }

  private static void initialize() {
    try {
      // The command line's process logs through java.util.logging: Netty is told so, rather than
      // probing for SLF4J and two Log4Js first.
      InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
      KeywayServer.initializeClasses();
    } catch (Error e) {
      failure = e; // a broken class: rethrown on the main thread, which would not see its cause
    } catch (RuntimeException e) {
      // e.g. no file descriptor left: serve runs the same steps again and reports it in a line
    }
  }

  /** Waits for the initialisation started by {@link #startFor}, if any. */
  static void await() throws InterruptedException {
    Thread thread = running;
    if (thread == null) {
      return;
    }
    thread.join();
    running = null;
    if (failure != null) {
      throw failure;
    }
  }
}
