package dev.keyway.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve --auto-scaling}: a policy for every PROVISIONED table and GSI, and its errors. */
class ServeAutoScalingCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private CommandLine cli() {
    CommandLine cl = KeywayCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl;
  }

  private static String call(String endpoint, String operation, String body) throws Exception {
    HttpResponse<String> response = ServeCalls.call(endpoint, operation, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  @Test
  void everyProvisionedTableAndGsiIsBroughtWithinThePolicysUnits() throws Exception {
    CountDownLatch stop = new CountDownLatch(1);
    ServeCommand.stopSignal = stop;
    try {
      CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> cli().execute(
          "serve", "--port", "0", "--auto-scaling", "target=70,min=5,max=100"));
      String endpoint = ServeCalls.await(out, err, "listening on (http://\\S+)");
      assertThat(out.toString()).contains(", auto scaling to 70% within 5..100 units)");
      call(endpoint, "CreateTable", "{\"TableName\":\"Tbl\","
          + "\"AttributeDefinitions\":[{\"AttributeName\":\"PK\",\"AttributeType\":\"S\"},"
          + "{\"AttributeName\":\"G\",\"AttributeType\":\"S\"}],"
          + "\"KeySchema\":[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"}],"
          + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":1000,\"WriteCapacityUnits\":1},"
          + "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"GSI1\","
          + "\"KeySchema\":[{\"AttributeName\":\"G\",\"KeyType\":\"HASH\"}],"
          + "\"Projection\":{\"ProjectionType\":\"ALL\"},"
          + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":2,\"WriteCapacityUnits\":500}}]}");
      String described = call(endpoint, "DescribeTable", "{\"TableName\":\"Tbl\"}");
      assertThat(described)
          .contains("\"ReadCapacityUnits\":100", "\"WriteCapacityUnits\":5",
              "\"ReadCapacityUnits\":5", "\"WriteCapacityUnits\":100")
          .doesNotContain("1000", "500");
      stop.countDown();
      assertThat(run.get(10, TimeUnit.SECONDS)).isZero();
    } finally {
      ServeCommand.stopSignal = null;
    }
  }

  @Test
  void aMalformedPolicyIsRefusedWithTheReason() {
    assertThat(cli().execute("serve", "--auto-scaling", "target=70,min=5")).isEqualTo(2);
    assertThat(err.toString()).contains("Invalid value for option '--auto-scaling'",
        "max is missing (e.g. target=70,min=5,max=100)");
    assertThat(cli().execute("serve", "--auto-scaling", "target=95,min=5,max=100")).isEqualTo(2);
    assertThat(err.toString()).contains("targetUtilization is a percentage from 20 to 90");
    assertThat(cli().execute("serve", "--auto-scaling", "target=70,min=5,max=lots")).isEqualTo(2);
    assertThat(err.toString()).contains("max must be a whole number, got 'lots'");
    assertThat(cli().execute("serve", "--auto-scaling", "goal=70")).isEqualTo(2);
    assertThat(err.toString()).contains("'goal=70' is not one of target=PERCENT, min=UNITS, "
        + "max=UNITS");
    assertThat(out.toString()).isEmpty();
  }
}
