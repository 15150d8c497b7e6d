package dev.keyway.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * The training run that the build records a class-data-sharing archive from
 * ({@code java -XX:DumpLoadedClassList=keyway-engine.classlist -cp keyway-engine.jar
 * dev.keyway.engine.cli.ArchiveTraining}, run in the jar's directory, then {@code java -Xshare:dump}
 * of that list): {@code serve} on a free port, the requests of a first session (table, items,
 * query, scan), then a clean stop. Every class it loads is archived, so a server started with the
 * archive maps them instead of loading, verifying and linking them again.
 */
public final class ArchiveTraining {
  private static final String[][] SESSION = {
    {"CreateTable", "{\"TableName\":\"T\",\"BillingMode\":\"PAY_PER_REQUEST\","
        + "\"AttributeDefinitions\":[{\"AttributeName\":\"PK\",\"AttributeType\":\"S\"},{\"AttributeName\":\"SK\",\"AttributeType\":\"S\"}],"
        + "\"KeySchema\":[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"SK\",\"KeyType\":\"RANGE\"}]}"},
    {"PutItem", "{\"TableName\":\"T\",\"Item\":{\"PK\":{\"S\":\"a\"},\"SK\":{\"S\":\"1\"},\"n\":{\"N\":\"1\"}},"
        + "\"ConditionExpression\":\"attribute_not_exists(PK)\"}"},
    {"UpdateItem", "{\"TableName\":\"T\",\"Key\":{\"PK\":{\"S\":\"a\"},\"SK\":{\"S\":\"1\"}},"
        + "\"UpdateExpression\":\"SET n = n + :one\",\"ExpressionAttributeValues\":{\":one\":{\"N\":\"1\"}},\"ReturnValues\":\"ALL_NEW\"}"},
    {"GetItem", "{\"TableName\":\"T\",\"Key\":{\"PK\":{\"S\":\"a\"},\"SK\":{\"S\":\"1\"}}}"},
    {"Query", "{\"TableName\":\"T\",\"KeyConditionExpression\":\"PK = :p\",\"ExpressionAttributeValues\":{\":p\":{\"S\":\"a\"}}}"},
    {"Scan", "{\"TableName\":\"T\"}"},
    {"DescribeTable", "{\"TableName\":\"T\"}"},
    {"ListTables", "{}"},
    {"GetItem", "{\"TableName\":\"Missing\",\"Key\":{\"PK\":{\"S\":\"a\"}}}"},
  };

  private ArchiveTraining() {}

  public static void main(String[] args) throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    CountDownLatch stop = new CountDownLatch(1);
    ServeCommand.stopSignal = stop;
    String[] serve = {"serve", "--port", Integer.toString(port)};
    // As KeywayCli.main starts it (without its System.exit)
    Thread server = new Thread(() -> {
      ServerPreinitialization.startFor(serve);
      KeywayCli.commandLine(serve).execute(serve);
    }, "training-serve");
    server.start();
    for (String[] request : SESSION) {
      send(port, request[0], request[1]);
    }
    stop.countDown();
    server.join();
  }

  /** One request on its own connection, retried until the server listens. */
  private static void send(int port, String operation, String body) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    for (int attempt = 0; ; attempt++) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        OutputStream out = socket.getOutputStream();
        out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            + "Content-Type: application/x-amz-json-1.0\r\nX-Amz-Target: DynamoDB_20120810." + operation + "\r\n"
            + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
        InputStream in = socket.getInputStream();
        in.readAllBytes();
        return;
      } catch (IOException notListeningYet) {
        if (attempt > 600) {
          throw notListeningYet;
        }
        Thread.sleep(50);
      }
    }
  }
}
