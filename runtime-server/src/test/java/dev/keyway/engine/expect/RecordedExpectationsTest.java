package dev.keyway.engine.expect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.aws.AwsBackend;
import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import dev.keyway.engine.server.TestServers;
import dev.keyway.spi.Backend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Replays every expectation file step by step on a fresh engine and compares each answer with the
 * recorded one (docs/engine-compatibility.md describes the files). Each file runs twice: on the
 * engine in process, and through {@link AwsBackend} and the AWS SDK to the engine's server over
 * HTTP, so the SDK adapter and the wire protocol give the same answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordedExpectationsTest {
  static final List<String> FILES = List.of("items", "query-scan", "index-projections",
      "batch-transact", "legacy-conditions", "error-precedence", "tables", "expressions",
      "reserved-words", "random-sequences", "multi-attribute-keys");

  /** The files to replay: all, or those named in {@code -Dexpectations=items,tables}. */
  private static Stream<ExpectationFile> files() {
    String only = System.getProperty("expectations");
    List<String> names = only == null || only.isBlank() ? FILES : List.of(only.split(","));
    return names.stream().map(ExpectationFile::load);
  }

  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterAll
  void closeAll() throws Exception {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
  }

  @TestFactory
  Stream<DynamicNode> inProcess() {
    return files().map(file -> replay(file, open(Engine.inMemory())));
  }

  @TestFactory
  Stream<DynamicNode> throughTheSdkOverHttp() {
    return files().map(file -> {
      KeywayServer server = open(KeywayServer.start(open(Engine.inMemory()), ServerConfig.defaults(0)));
      return replay(file, open(AwsBackend.owning(TestServers.sdkClient(server))));
    });
  }

  private <T extends AutoCloseable> T open(T resource) {
    opened.add(resource);
    return resource;
  }

  private static DynamicContainer replay(ExpectationFile file, Backend backend) {
    Replayer replayer = new Replayer(backend);
    Stream<DynamicTest> setup = file.setup().stream().map(s -> test(replayer, s, null));
    Stream<DynamicTest> steps = file.steps().stream().map(s -> test(replayer, s, file.beforeEach()));
    return DynamicContainer.dynamicContainer(file.name() + ": " + file.area(),
        Stream.concat(setup, steps));
  }

  private static DynamicTest test(Replayer replayer, Step step, Step beforeEach) {
    return DynamicTest.dynamicTest(step.label(), () -> {
      if (beforeEach != null) {
        Map<String, Object> before = replayer.run(beforeEach.op(), beforeEach.request());
        assertThat(before).as("beforeEach").containsKey("ok");
      }
      Map<String, Object> actual = replayer.run(step.op(), step.request());
      Object comparable = Matches.adopt(step.expect(), Repeats.abbreviate(actual));
      Verdict.check(step, Canonical.of(step.op(), step.expect()), Canonical.of(step.op(), comparable));
    });
  }
}
