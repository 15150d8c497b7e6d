package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Limits on what one connection may hold, probed with raw sockets (docs/server.md, "Limits"). */
class ConnectionLimitsTest {
  private static final byte[] LIST_TABLES = RawConnection.request("ListTables", "{}");

  private final Engine engine = Engine.inMemory();
  private KeywayServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    engine.close();
  }

  private KeywayServer start(Duration idle, ServerLimits limits) {
    server = KeywayServer.start(engine, ServerConfig.defaults(0).withIdleTimeout(idle).withLimits(limits));
    return server;
  }

  /** Four items of ~300 KB: each Scan answers about 1 MB, more than the socket buffers hold. */
  private void bigTable(RawConnection c) throws IOException {
    c.send(RawConnection.request("CreateTable", "{\"TableName\":\"Big\",\"BillingMode\":\"PAY_PER_REQUEST\","
        + "\"AttributeDefinitions\":[{\"AttributeName\":\"PK\",\"AttributeType\":\"S\"}],"
        + "\"KeySchema\":[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"}]}"));
    assertThat(c.response()).startsWith("HTTP/1.1 200");
    String blob = "x".repeat(300 * 1024);
    for (int i = 0; i < 4; i++) {
      c.send(RawConnection.request("PutItem",
          "{\"TableName\":\"Big\",\"Item\":{\"PK\":{\"S\":\"" + i + "\"},\"b\":{\"S\":\"" + blob + "\"}}}"));
      assertThat(c.response()).startsWith("HTTP/1.1 200");
    }
  }

  /** Pipelines Scans and never reads: responses pile up until the server's writes stall. */
  private RawConnection stalledReader() throws IOException, InterruptedException {
    try (RawConnection setup = new RawConnection(server)) {
      bigTable(setup);
    }
    // the setup connection must be gone first, or it could be the one counted below
    awaitConnections(0, Duration.ofSeconds(5));
    RawConnection c = new RawConnection(server, 4096);
    byte[] scan = RawConnection.request("Scan", "{\"TableName\":\"Big\"}");
    for (int i = 0; i < 30; i++) {
      c.send(scan);
    }
    awaitConnections(1, Duration.ofSeconds(5)); // accepted and counted: the accept is asynchronous
    return c;
  }

  private void awaitConnections(int open, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (server.openConnections() != open && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(server.openConnections()).isEqualTo(open);
  }

  @Test
  void aClientThatNeverReadsItsResponsesIsClosedByTheWriteTimeout() throws Exception {
    start(Duration.ofMinutes(5), ServerLimits.defaults().withWriteTimeout(Duration.ofMillis(500)));
    try (LogCapture log = LogCapture.of(HttpRequestHandler.class); RawConnection c = stalledReader()) {
      awaitConnections(0, Duration.ofSeconds(10));
      assertThat(log.lines()).anyMatch(l -> l.contains("its response was not read in time (serve --write-timeout)"));
    }
    stillServing();
  }

  @Test
  void theIdleTimeoutAlsoClosesAConnectionWhoseResponseIsStuck() throws Exception {
    start(Duration.ofMillis(500), ServerLimits.defaults().withWriteTimeout(Duration.ofMinutes(5)));
    try (RawConnection c = stalledReader()) {
      awaitConnections(0, Duration.ofSeconds(10));
    }
    stillServing();
  }

  @Test
  void aRequestTrickledByteByByteIsClosedAtTheRequestDeadline() throws Exception {
    start(Duration.ofMinutes(5), ServerLimits.defaults().withRequestTimeout(Duration.ofMillis(800)));
    try (LogCapture log = LogCapture.of(RequestDeadline.class); RawConnection c = new RawConnection(server)) {
      long started = System.nanoTime();
      boolean closed = false;
      for (byte b : LIST_TABLES) {
        try {
          c.send(new byte[] {b});
        } catch (IOException reset) {
          closed = true;
          break;
        }
        Thread.sleep(100); // never idle, never done: only a deadline ends it
        if (server.openConnections() == 0) {
          closed = true;
          break;
        }
      }
      assertThat(closed).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
      assertThat(log.lines()).anyMatch(l -> l.contains("its request did not arrive within 800 ms"));
    }
    stillServing();
  }

  @Test
  void theDeadlineIsPerRequestNotPerConnection() throws Exception {
    start(Duration.ofMinutes(5), ServerLimits.defaults().withRequestTimeout(Duration.ofMillis(500)));
    try (RawConnection c = new RawConnection(server)) {
      for (int i = 0; i < 4; i++) {
        c.send(LIST_TABLES);
        assertThat(c.response()).startsWith("HTTP/1.1 200");
        Thread.sleep(200);
      }
    }
  }

  @Test
  void connectionsBeyondTheLimitAreAnsweredWithAThrottlingErrorClosedAndLogged() throws Exception {
    start(Duration.ofMinutes(5), ServerLimits.defaults().withMaxConnections(2));
    try (LogCapture log = LogCapture.of(ConnectionLimit.class);
        RawConnection first = new RawConnection(server);
        RawConnection second = new RawConnection(server)) {
      for (RawConnection c : new RawConnection[] {first, second}) {
        c.send(LIST_TABLES);
        assertThat(c.response()).startsWith("HTTP/1.1 200");
      }
      try (RawConnection third = new RawConnection(server)) {
        third.send(LIST_TABLES);
        assertThat(third.response())
            .startsWith("HTTP/1.1 400")
            .contains("connection: close")
            .contains("x-amzn-RequestId")
            .endsWith("{\"__type\":\"com.amazonaws.dynamodb.v20120810#RequestLimitExceeded\","
                + "\"message\":\"" + HttpRequestHandler.REQUEST_LIMIT_EXCEEDED + "\"}");
        assertThat(third.closedByServer()).isTrue();
      }
      assertThat(server.openConnections()).isEqualTo(2);
      assertThat(log.lines()).anyMatch(l -> l.startsWith("WARNING Refused a connection from ")
          && l.endsWith(": 2 connections are open, the limit (serve --max-connections)"));
      first.close();
      awaitConnections(1, Duration.ofSeconds(5));
      try (RawConnection again = new RawConnection(server)) {
        again.send(LIST_TABLES);
        assertThat(again.response()).startsWith("HTTP/1.1 200");
      }
    }
  }

  @Test
  void aRefusedConnectionThatSendsNothingIsClosedAtTheRequestDeadline() throws Exception {
    Duration deadline = Duration.ofMillis(500);
    start(Duration.ofMinutes(5), ServerLimits.defaults().withMaxConnections(1).withRequestTimeout(deadline));
    try (RawConnection first = new RawConnection(server)) {
      first.send(LIST_TABLES);
      assertThat(first.response()).startsWith("HTTP/1.1 200");
      try (RawConnection silent = new RawConnection(server)) {
        long start = System.nanoTime();
        assertThat(silent.closedByServer()).isTrue(); // RawConnection would wait 10 s
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(deadline.minusMillis(100));
      }
    }
  }

  @Test
  void refusedConnectionsBeyondThoseBeingAnsweredAreClosedAtOnce() throws Exception {
    start(Duration.ofMinutes(5), ServerLimits.defaults().withMaxConnections(1));
    List<RawConnection> waiting = new ArrayList<>();
    try (RawConnection first = new RawConnection(server)) {
      first.send(LIST_TABLES);
      assertThat(first.response()).startsWith("HTTP/1.1 200");
      for (int i = 0; i < ConnectionLimit.MAX_ANSWERING; i++) {
        waiting.add(new RawConnection(server));
      }
      awaitAnswering(ConnectionLimit.MAX_ANSWERING); // accepting is asynchronous
      try (RawConnection dropped = new RawConnection(server)) {
        dropped.send(LIST_TABLES);
        assertThatThrownBy(dropped::response).isInstanceOf(IOException.class); // closed without an answer
      }
      RawConnection oneOfThem = waiting.get(0);
      oneOfThem.send(LIST_TABLES);
      assertThat(oneOfThem.response()).startsWith("HTTP/1.1 400").contains("RequestLimitExceeded");
    } finally {
      for (RawConnection c : waiting) {
        c.close();
      }
    }
  }

  private void awaitAnswering(int refused) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (server.refusedConnectionsAnswering() != refused && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(server.refusedConnectionsAnswering()).isEqualTo(refused);
  }

  @Test
  void aFailedAcceptIsLoggedAndAcceptingResumes() throws Exception {
    start(Duration.ofMinutes(5), ServerLimits.defaults());
    try (LogCapture log = LogCapture.of(AcceptRecovery.class)) {
      // What the accept loop reports when the process is out of file descriptors.
      var listener = server.serverChannel();
      listener.eventLoop().submit(() -> listener.pipeline().fireExceptionCaught(new IOException("Too many open files"))).get();
      assertThat(log.lines()).containsExactly(
          "WARNING Cannot accept connections (java.io.IOException: Too many open files); accepting again in 1000 ms");
      stillServing();
    }
  }

  private void stillServing() throws IOException {
    try (RawConnection c = new RawConnection(server)) {
      c.send(LIST_TABLES);
      assertThat(c.response()).startsWith("HTTP/1.1 200").contains("{\"TableNames\":[");
    }
  }
}
