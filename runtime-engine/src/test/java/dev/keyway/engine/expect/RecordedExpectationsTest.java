package dev.keyway.engine.expect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
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
 * Replays every in-process expectation file on a fresh in-memory engine, step by step, and
 * compares each answer with the recorded one (docs/engine-compatibility.md describes the files).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordedExpectationsTest {
  static final List<String> FILES = List.of("items", "query-scan", "index-projections",
      "batch-transact", "legacy-conditions", "error-precedence", "tables", "expressions",
      "reserved-words", "random-sequences");

  private final List<Engine> engines = new ArrayList<>();

  @AfterAll
  void closeEngines() {
    engines.forEach(Engine::close);
  }

  @TestFactory
  Stream<DynamicNode> everyFile() {
    return FILES.stream().map(ExpectationFile::load).map(this::replay);
  }

  private DynamicContainer replay(ExpectationFile file) {
    Engine engine = Engine.inMemory();
    engines.add(engine);
    EngineCalls calls = new EngineCalls(engine);
    Stream<DynamicTest> setup = file.setup().stream().map(s -> test(calls, s, null));
    Stream<DynamicTest> steps = file.steps().stream().map(s -> test(calls, s, file.beforeEach()));
    return DynamicContainer.dynamicContainer(file.name() + ": " + file.area(),
        Stream.concat(setup, steps));
  }

  private static DynamicTest test(EngineCalls calls, Step step, Step beforeEach) {
    return DynamicTest.dynamicTest(step.label(), () -> {
      if (beforeEach != null) {
        Map<String, Object> before = calls.run(beforeEach.op(), beforeEach.request());
        assertThat(before).as("beforeEach").containsKey("ok");
      }
      Map<String, Object> actual = calls.run(step.op(), step.request());
      Verdict.check(step, Canonical.of(step.op(), step.expect()), Canonical.of(step.op(), Repeats.abbreviate(actual)));
    });
  }
}
