package dev.keyway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Misuses of the manual clock, each in a fixture class run here through the launcher. */
class ManualClockErrorsTest {
  private static final String NO_CLOCK = "ExtensionConfigurationException: a ManualClock is injected only when the"
      + " engine runs on one: annotate the test class with @WithManualClock";

  @Test
  void aClockParameterWithoutWithManualClockFailsTheTest() {
    assertThat(ExtensionRun.of(ClockParameterWithoutAnnotation.class).failureMessages()).containsExactly(NO_CLOCK);
  }

  @Test
  void aClockFieldWithoutWithManualClockFailsTheTest() {
    assertThat(ExtensionRun.of(ClockFieldWithoutAnnotation.class).failureMessages()).containsExactly(NO_CLOCK);
  }

  @Test
  void anEngineDoesNotExistInAConstructor() {
    assertThat(ExtensionRun.of(EngineInConstructor.class).failureMessages()).containsExactly(
        "ExtensionConfigurationException: a Keyway backend exists only while a test runs (from @BeforeEach to"
            + " @AfterEach); Engine cannot be injected into @BeforeAll or a constructor");
  }

  @Test
  void aClockWithTheServerTargetFailsTheClass() {
    assertThat(ExtensionRun.of(ClockOnServer.class).failureMessages()).containsExactly(
        "ExtensionConfigurationException: @WithManualClock runs tests on the in-process engine, but"
            + " dev.keyway.junit.ManualClockErrorsTest$ClockOnServer declares target = TestTarget.SERVER; remove one"
            + " of them");
  }

  @Test
  void aStartThatIsNoInstantFailsTheClass() {
    assertThat(ExtensionRun.of(BadStart.class).failureMessages()).containsExactly(
        "ExtensionConfigurationException: @WithManualClock(start = \"yesterday\") on"
            + " dev.keyway.junit.ManualClockErrorsTest$BadStart is not an ISO-8601 instant; write one such as"
            + " 2026-01-01T00:00:00Z");
  }

  @Test
  void aNestedClassCannotDeclareAnotherClock() {
    assertThat(ExtensionRun.of(NestedWithOwnClock.class).failureMessages()).containsExactly(
        "ExtensionConfigurationException: @WithManualClock on @Nested class"
            + " dev.keyway.junit.ManualClockErrorsTest$NestedWithOwnClock$Inner differs from its enclosing class's;"
            + " declare it once, on the top-level class, whose engine and clock the nested classes share");
  }

  @Test
  void aRunSentToTheServerSkipsClockClassesWithTheReason() {
    String saved = System.getProperty(TestTarget.TARGET_PROPERTY);
    System.setProperty(TestTarget.TARGET_PROPERTY, "SERVER");
    try {
      ExtensionRun run = ExtensionRun.of(ClockInProcess.class);
      assertThat(run.skipped()).containsExactly(
          "@WithManualClock needs the in-process engine; the system properties send this run to TestTarget.SERVER");
      assertThat(run.succeeded()).isZero();
    } finally {
      if (saved == null) {
        System.clearProperty(TestTarget.TARGET_PROPERTY);
      } else {
        System.setProperty(TestTarget.TARGET_PROPERTY, saved);
      }
    }
    assertThat(ExtensionRun.of(ClockInProcess.class).succeeded()).as("in process, it runs").isEqualTo(1);
  }

  @Fixture
  @KeywayTest(tables = Notes.class)
  static class ClockParameterWithoutAnnotation {
    @Test
    void wantsAClock(ManualClock clock) {}
  }

  @Fixture
  @KeywayTest(tables = Notes.class)
  static class ClockFieldWithoutAnnotation {
    ManualClock clock;

    @Test
    void wantsAClock() {}
  }

  @Fixture
  @KeywayTest(tables = Notes.class)
  static class EngineInConstructor {
    EngineInConstructor(Engine engine) {}

    @Test
    void wantsAnEngineTooEarly() {}
  }

  @Fixture
  @KeywayTest(tables = Notes.class, target = TestTarget.SERVER)
  @WithManualClock
  static class ClockOnServer {
    @Test
    void neverRuns() {}
  }

  @Fixture
  @KeywayTest(tables = Notes.class)
  @WithManualClock(start = "yesterday")
  static class BadStart {
    @Test
    void neverRuns() {}
  }

  @Fixture
  @KeywayTest(tables = Notes.class)
  static class NestedWithOwnClock {
    @Nested
    @WithManualClock
    class Inner {
      @Test
      void neverRuns() {}
    }
  }

  @Fixture
  @KeywayTest(tables = Notes.class)
  @WithManualClock
  static class ClockInProcess {
    @Test
    void runs(ManualClock clock) {
      assertThat(clock.instant()).hasToString(WithManualClock.DEFAULT_START);
    }
  }
}
