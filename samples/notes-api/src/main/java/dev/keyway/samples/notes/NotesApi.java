package dev.keyway.samples.notes;

import com.sun.net.httpserver.HttpServer;
import dev.keyway.spi.Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The Notes API: an HTTP JSON service on the JDK's HTTP server, storing notes through Keyway. Run it with
 * {@code java -jar target/notes-api.jar [options]} (see {@link NotesConfig}); it prints the URL it
 * listens on (loopback only) and serves until stopped.
 */
public final class NotesApi implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads;
  private final Backend backend;

  private NotesApi(HttpServer server, ExecutorService threads, Backend backend) {
    this.server = server;
    this.threads = threads;
    this.backend = backend;
  }

  public static void main(String[] args) {
    NotesConfig config;
    try {
      config = NotesConfig.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(NotesConfig.USAGE);
      System.exit(2);
      return;
    }
    NotesApi api = start(config.storage().open(), config.port(), Clock.systemUTC());
    Runtime.getRuntime().addShutdownHook(new Thread(api::close));
    System.out.println("Notes API on " + config.storage() + ", listening on " + api.uri());
  }

  /**
   * Creates the table if absent and serves on {@code port} of the loopback address (0: a free port). The
   * service owns {@code backend}: {@link #close()} closes it.
   */
  public static NotesApi start(Backend backend, int port, Clock clock) {
    Notes notes = Notes.connect(backend);
    notes.createTableIfAbsent();
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      backend.close();
      throw new UncheckedIOException("cannot listen on port " + port, e);
    }
    ExecutorService threads = Executors.newFixedThreadPool(8);
    server.setExecutor(threads);
    server.createContext("/", new NotesHandler(new NotesService(notes, clock)));
    server.start();
    return new NotesApi(server, threads, backend);
  }

  public URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getHostString() + ":" + address.getPort());
  }

  /**
   * Stops serving, lets the requests being handled finish their storage calls (up to 5 seconds), then
   * closes the storage. The server stops at once: on JDK 17 {@code stop(delay)} always waits the delay out.
   */
  @Override
  public void close() {
    server.stop(0);
    threads.shutdown();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      backend.close();
    }
  }
}
