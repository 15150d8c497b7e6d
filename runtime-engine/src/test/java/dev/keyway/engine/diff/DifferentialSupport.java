package dev.keyway.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the differential suites: one DynamoDB Local and one engine per test class; {@link #same}
 * runs a request on both and asserts equal outcomes. Known, documented differences are normalised
 * by {@link KnownDifferences} before comparing.
 */
public abstract class DifferentialSupport {
  protected static LocalRunner local;
  protected static EngineRunner engine;

  protected static String file;

  @BeforeAll
  static void startBoth(org.junit.jupiter.api.TestInfo info) {
    local = LocalRunner.start();
    engine = new EngineRunner();
    file = info.getTestClass().get().getSimpleName();
  }

  @AfterAll
  static void stopBoth() {
    local.close();
    Recorder.write(file, file);
  }

  static Outcome record(String label, Function<Runner, Outcome> call) {
    Outcome theirs = call.apply(local);
    String op = Recorder.op();
    Object req = Recorder.request();
    Outcome ours = call.apply(engine);
    Recorder.restore(op, req);
    String id = theirs.toString().equals(ours.toString()) ? null : KnownDifferences.explain(theirs, ours);
    if (!theirs.toString().equals(ours.toString()) && id == null) {
      throw new AssertionError(label + "\n  local:  " + theirs + "\n  engine: " + ours);
    }
    Recorder.step(file, label, id == null ? theirs : ours, id == null ? null : KnownDifferences.note(id));
    return ours;
  }

  /** Runs the call on both backends and asserts the same outcome; returns it. */
  protected static Outcome same(Function<Runner, Outcome> call) {
    return record("setup", call);
  }

  /** Runs a setup call on both backends and asserts both succeed the same way. */
  protected static Outcome ok(Function<Runner, Outcome> call) {
    Outcome o = same(call);
    assertThat(o.failed()).as("setup failed: " + o).isFalse();
    return o;
  }

  /** Runs a call on both backends and asserts both fail with the same type and message. */
  protected static Outcome sameError(Function<Runner, Outcome> call) {
    Outcome o = same(call);
    assertThat(o.failed()).as("expected an error, got " + o).isTrue();
    return o;
  }

  /** Runs several calls; collects all mismatches and asserts none. */
  protected static void sameAll(List<Function<Runner, Outcome>> calls, UnaryOperator<String> label) {
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      try {
        record(label.apply(String.valueOf(i)), calls.get(i));
      } catch (AssertionError e) {
        mismatches.add(e.getMessage());
      }
    }
    assertThat(mismatches).isEmpty();
  }
}
