package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyway.engine.Engine;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The AWS CLI's {@code execute-statement}, {@code batch-execute-statement} and
 * {@code execute-transaction} against the server; skipped where {@code aws} is not on the PATH.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartiqlAwsCliTest {
  private Engine engine;
  private KeywayServer server;

  @BeforeAll
  void start() {
    assumeTrue(awsOnPath(), "the AWS CLI (aws) is not on the PATH");
    engine = Engine.inMemory();
    server = KeywayServer.start(engine, ServerConfig.defaults(0));
    try (var client = TestServers.sdkClient(server)) {
      client.createTable(TestServers.table("CliSongs"));
    }
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
      engine.close();
    }
  }

  private static boolean awsOnPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "aws"))) {
        return true;
      }
    }
    return false;
  }

  /** Runs {@code aws dynamodb <args>} against the server; its exit code and output. */
  private Result aws(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("aws", "dynamodb"));
    command.addAll(List.of(args));
    command.addAll(List.of("--endpoint-url", server.endpoint(), "--region", "us-east-1",
        "--output", "json"));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("AWS_ACCESS_KEY_ID", "AKIDCLI");
    pb.environment().put("AWS_SECRET_ACCESS_KEY", "secret");
    pb.environment().put("AWS_MAX_ATTEMPTS", "1");
    pb.environment().remove("AWS_PROFILE");
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("aws finished").isTrue();
    return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  record Result(int exit, String output) {}

  @Test
  void executeStatementWritesAndReads() throws Exception {
    Result insert = aws("execute-statement", "--statement",
        "INSERT INTO CliSongs VALUE {'PK':'cli','SK':'one','n':1}");
    assertThat(insert.exit()).as(insert.output()).isZero();
    Result select = aws("execute-statement", "--statement",
        "SELECT SK, n FROM CliSongs WHERE PK = ?", "--parameters", "[{\"S\":\"cli\"}]");
    assertThat(select.exit()).as(select.output()).isZero();
    assertThat(select.output().replaceAll("\\s", ""))
        .contains("\"Items\":[{\"SK\":{\"S\":\"one\"},\"n\":{\"N\":\"1\"}}]");
    Result duplicate = aws("execute-statement", "--statement",
        "INSERT INTO CliSongs VALUE {'PK':'cli','SK':'one'}");
    assertThat(duplicate.exit()).isNotZero();
    assertThat(duplicate.output()).contains("An error occurred (DuplicateItemException) when "
        + "calling the ExecuteStatement operation: Duplicate primary key exists in table");
  }

  @Test
  void batchExecuteStatementReportsEachStatement() throws Exception {
    Result batch = aws("batch-execute-statement", "--statements",
        "[{\"Statement\":\"INSERT INTO CliSongs VALUE {'PK':'batch','SK':'1'}\"},"
            + "{\"Statement\":\"UPDATE CliSongs SET x = 1 WHERE PK = 'batch' AND SK = 'absent'\"}]");
    assertThat(batch.exit()).as(batch.output()).isZero();
    String compact = batch.output().replaceAll("\\s", "");
    assertThat(compact).contains("\"TableName\":\"CliSongs\"")
        .contains("\"Code\":\"ConditionalCheckFailed\"");
  }

  @Test
  void executeTransactionCommitsOrCancels() throws Exception {
    Result ok = aws("execute-transaction", "--transact-statements",
        "[{\"Statement\":\"INSERT INTO CliSongs VALUE {'PK':'tx','SK':'1'}\"},"
            + "{\"Statement\":\"INSERT INTO CliSongs VALUE {'PK':'tx','SK':'2'}\"}]");
    assertThat(ok.exit()).as(ok.output()).isZero();
    Result cancelled = aws("execute-transaction", "--transact-statements",
        "[{\"Statement\":\"INSERT INTO CliSongs VALUE {'PK':'tx','SK':'3'}\"},"
            + "{\"Statement\":\"INSERT INTO CliSongs VALUE {'PK':'tx','SK':'1'}\"}]");
    assertThat(cancelled.exit()).isNotZero();
    assertThat(cancelled.output()).contains("TransactionCanceledException")
        .contains("[None, DuplicateItem]");
    Result read = aws("execute-transaction", "--transact-statements",
        "[{\"Statement\":\"SELECT SK FROM CliSongs WHERE PK = 'tx' AND SK = '2'\"}]");
    assertThat(read.exit()).as(read.output()).isZero();
    assertThat(read.output().replaceAll("\\s", "")).contains("\"Item\":{\"SK\":{\"S\":\"2\"}}");
  }
}
