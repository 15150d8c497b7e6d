package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Failures and overload inside the server answer in DynamoDB's error shape and are logged. */
class OverloadTest {
  private static final byte[] GET_ITEM = RawConnection.request("GetItem", "{\"TableName\":\"Missing\",\"Key\":{\"PK\":{\"S\":\"a\"}}}");

  @Test
  void outOfMemoryWhileServingIsLoggedAndAnsweredAsInternalServerError() throws Exception {
    ScriptedBackend.Script script = new ScriptedBackend.Script().on("getItem", r -> {
      throw new OutOfMemoryError("Java heap space");
    });
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(ScriptedBackend.of(engine, script), ServerConfig.defaults(0));
        LogCapture log = LogCapture.of(RequestProcessor.class);
        RawConnection c = new RawConnection(server)) {
      c.send(GET_ITEM);
      assertThat(c.response())
          .startsWith("HTTP/1.1 500")
          .endsWith("{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"Internal server error\"}");
      assertThat(log.lines()).containsExactly("SEVERE Internal error in GetItem: java.lang.OutOfMemoryError: Java heap space");
      script.clear();
      c.send(RawConnection.request("ListTables", "{}"));
      assertThat(c.response()).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void anUnexpectedExceptionIsLoggedWithItsOperation() throws Exception {
    ScriptedBackend.Script script = new ScriptedBackend.Script().on("getItem", r -> {
      throw new IllegalStateException("bug");
    });
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(ScriptedBackend.of(engine, script), ServerConfig.defaults(0));
        LogCapture log = LogCapture.of(RequestProcessor.class);
        RawConnection c = new RawConnection(server)) {
      c.send(GET_ITEM);
      assertThat(c.response()).startsWith("HTTP/1.1 500").contains("#InternalServerError");
      assertThat(log.lines()).containsExactly("SEVERE Internal error in GetItem: java.lang.IllegalStateException: bug");
    }
  }

  @Test
  void aFullEngineQueueShedsRequestsWithRequestLimitExceeded() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ScriptedBackend.Script script = new ScriptedBackend.Script().on("getItem", r -> {
      running.countDown();
      release.await(10, TimeUnit.SECONDS);
      return null;
    });
    ServerConfig config = ServerConfig.defaults(0).withWorkerThreads(1).withLimits(ServerLimits.defaults().withMaxQueuedRequests(1));
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(ScriptedBackend.of(engine, script), config);
        LogCapture log = LogCapture.of(HttpRequestHandler.class);
        RawConnection onThread = new RawConnection(server);
        RawConnection queued = new RawConnection(server);
        RawConnection shed = new RawConnection(server)) {
      onThread.send(GET_ITEM);
      assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
      queued.send(GET_ITEM);
      Thread.sleep(300); // the request reaches the queue
      shed.send(GET_ITEM);

      assertThat(shed.response())
          .startsWith("HTTP/1.1 400")
          .endsWith("{\"__type\":\"com.amazonaws.dynamodb.v20120810#RequestLimitExceeded\",\"message\":"
              + "\"Throughput exceeds the current throughput limit for your account. "
              + "Please contact AWS Support at https://aws.amazon.com/support request a limit increase.\"}");
      assertThat(log.lines()).anyMatch(l -> l.startsWith("WARNING Refused requests with RequestLimitExceeded"));
      release.countDown();
      assertThat(onThread.response()).startsWith("HTTP/1.1 400").contains("ResourceNotFoundException");
      assertThat(queued.response()).startsWith("HTTP/1.1 400").contains("ResourceNotFoundException");
      shed.send(RawConnection.request("ListTables", "{}"));
      assertThat(shed.response()).startsWith("HTTP/1.1 200");
    }
  }
}
