package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyway.engine.Engine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
    assumeTrue(AwsCli.available(), "the AWS CLI (aws) is not on the PATH");
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

  /** Runs {@code aws dynamodb <args>} against the server; its exit code and output. */
  private AwsCli.Result aws(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("dynamodb"));
    command.addAll(List.of(args));
    command.addAll(List.of("--output", "json"));
    return AwsCli.run(server.endpoint(), "AKIDCLI", "secret", command.toArray(String[]::new));
  }

  @Test
  void executeStatementWritesAndReads() throws Exception {
    AwsCli.Result insert = aws("execute-statement", "--statement",
        "INSERT INTO CliSongs VALUE {'PK':'cli','SK':'one','n':1}");
    assertThat(insert.exit()).as(insert.output()).isZero();
    AwsCli.Result select = aws("execute-statement", "--statement",
        "SELECT SK, n FROM CliSongs WHERE PK = ?", "--parameters", "[{\"S\":\"cli\"}]");
    assertThat(select.exit()).as(select.output()).isZero();
    assertThat(select.output().replaceAll("\\s", ""))
        .contains("\"Items\":[{\"SK\":{\"S\":\"one\"},\"n\":{\"N\":\"1\"}}]");
    AwsCli.Result duplicate = aws("execute-statement", "--statement",
        "INSERT INTO CliSongs VALUE {'PK':'cli','SK':'one'}");
    assertThat(duplicate.exit()).isNotZero();
    // CLI version 2 adds "(reached max retries: 0)" between the two
    assertThat(duplicate.output())
        .contains("An error occurred (DuplicateItemException) when calling the ExecuteStatement operation")
        .contains(": Duplicate primary key exists in table");
  }

  @Test
  void batchExecuteStatementReportsEachStatement() throws Exception {
    AwsCli.Result batch = aws("batch-execute-statement", "--statements",
        "[{\"Statement\":\"INSERT INTO CliSongs VALUE {'PK':'batch','SK':'1'}\"},"
            + "{\"Statement\":\"UPDATE CliSongs SET x = 1 WHERE PK = 'batch' AND SK = 'absent'\"}]");
    assertThat(batch.exit()).as(batch.output()).isZero();
    String compact = batch.output().replaceAll("\\s", "");
    assertThat(compact).contains("\"TableName\":\"CliSongs\"")
        .contains("\"Code\":\"ConditionalCheckFailed\"");
  }

  @Test
  void executeTransactionCommitsOrCancels() throws Exception {
    AwsCli.Result ok = aws("execute-transaction", "--transact-statements",
        "[{\"Statement\":\"INSERT INTO CliSongs VALUE {'PK':'tx','SK':'1'}\"},"
            + "{\"Statement\":\"INSERT INTO CliSongs VALUE {'PK':'tx','SK':'2'}\"}]");
    assertThat(ok.exit()).as(ok.output()).isZero();
    AwsCli.Result cancelled = aws("execute-transaction", "--transact-statements",
        "[{\"Statement\":\"INSERT INTO CliSongs VALUE {'PK':'tx','SK':'3'}\"},"
            + "{\"Statement\":\"INSERT INTO CliSongs VALUE {'PK':'tx','SK':'1'}\"}]");
    assertThat(cancelled.exit()).isNotZero();
    assertThat(cancelled.output()).contains("TransactionCanceledException")
        .contains("[None, DuplicateItem]");
    AwsCli.Result read = aws("execute-transaction", "--transact-statements",
        "[{\"Statement\":\"SELECT SK FROM CliSongs WHERE PK = 'tx' AND SK = '2'\"}]");
    assertThat(read.exit()).as(read.output()).isZero();
    assertThat(read.output().replaceAll("\\s", "")).contains("\"Item\":{\"SK\":{\"S\":\"2\"}}");
  }
}
