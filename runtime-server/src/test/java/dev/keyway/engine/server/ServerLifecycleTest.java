package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Concurrency, slow clients and graceful shutdown. */
class ServerLifecycleTest {

  @Test
  void aSlowRequestDoesNotBlockOthers() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ScriptedBackend.Script script = new ScriptedBackend.Script().on("scan", r -> {
      release.await(10, TimeUnit.SECONDS);
      return null;
    });
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(ScriptedBackend.of(engine, script), ServerConfig.defaults(0));
        DynamoDbClient client = TestServers.sdkClient(server)) {
      client.createTable(TestServers.table("Slow"));
      CompletableFuture<Integer> slow = CompletableFuture.supplyAsync(() -> client.scan(b -> b.tableName("Slow")).count());
      Thread.sleep(100);
      assertThat(slow).isNotDone();
      for (int i = 0; i < 20; i++) {
        assertThat(client.listTables().tableNames()).contains("Slow");
      }
      release.countDown();
      assertThat(slow.get(10, TimeUnit.SECONDS)).isZero();
    }
  }

  @Test
  void closeFinishesInFlightRequests() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    ScriptedBackend.Script script = new ScriptedBackend.Script().on("scan", r -> {
      started.countDown();
      Thread.sleep(500);
      return null;
    });
    try (Engine engine = Engine.inMemory()) {
      KeywayServer server = KeywayServer.start(ScriptedBackend.of(engine, script), ServerConfig.defaults(0));
      try (DynamoDbClient client = TestServers.sdkClient(server)) {
        client.createTable(TestServers.table("Drain"));
        CompletableFuture<Integer> inFlight = CompletableFuture.supplyAsync(() -> client.scan(b -> b.tableName("Drain")).count());
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        server.close();
        assertThat(inFlight.get(10, TimeUnit.SECONDS)).isZero();
      }
    }
  }

  @Test
  void idleAndHalfSentConnectionsAreClosed() throws Exception {
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0).withIdleTimeout(Duration.ofMillis(300)));
        Socket socket = new Socket(server.address().getAddress(), server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      socket.setSoTimeout(5000);
      InputStream in = socket.getInputStream();
      assertThat(in.read()).isEqualTo(-1); // closed by the server, not hung
      try (DynamoDbClient client = TestServers.sdkClient(server)) {
        assertThat(client.listTables().tableNames()).isEqualTo(List.of());
      }
    }
  }

  @Test
  void manyConcurrentClients() throws Exception {
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0));
        DynamoDbClient client = TestServers.sdkClient(server)) {
      client.createTable(TestServers.table("Busy"));
      List<CompletableFuture<Void>> all = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        all.add(CompletableFuture.runAsync(() -> {
          for (int i = 0; i < 50; i++) {
            String pk = "t" + thread;
            String sk = "i" + i;
            client.putItem(b -> b.tableName("Busy").item(java.util.Map.of(
                "PK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(pk),
                "SK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(sk))));
          }
        }, java.util.concurrent.Executors.newSingleThreadExecutor()));
      }
      CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).get(60, TimeUnit.SECONDS);
      assertThat(client.scan(b -> b.tableName("Busy")).count()).isEqualTo(400);
    }
  }
}
