package dev.keyway.junit;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.spi.Backend;
import dev.keyway.spi.StreamsBackend;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What a {@link KeywayTest} class and its {@code @Nested} classes share: the facades, the session,
 * the manual clock if any, and the backend of the running test; and what each injectable type
 * receives from them.
 */
final class ClassState implements AutoCloseable {
  private final Facades facades;
  private final BackendSession session;
  private final TestClock clock; // null: the system clock
  private TestBackend current; // null between tests

  private ClassState(Facades facades, BackendSession session, TestClock clock) {
    this.facades = facades;
    this.session = session;
    this.clock = clock;
  }

  /** {@code runStore}: where the run's shared backends live (the root context's). */
  static ClassState open(Class<?> testClass, ExtensionContext.Store runStore) {
    KeywayTest test = declared(testClass, KeywayTest.class);
    if (test == null) {
      throw new ExtensionConfigurationException(
          "KeywayExtension is configured by @KeywayTest(tables = ...) on the test class");
    }
    WithManualClock manual = declared(testClass, WithManualClock.class);
    if (manual != null && test.target() != TestTarget.IN_PROCESS) {
      throw new ExtensionConfigurationException("@WithManualClock runs tests on the in-process engine, but "
          + testClass.getName() + " declares target = TestTarget." + test.target() + "; remove one of them");
    }
    TestClock clock = manual == null ? null : TestClock.of(manual, testClass);
    Facades facades = Facades.of(test.tables());
    BackendSession session = BackendSession.open(TestTarget.effective(test.target()), facades,
        clock == null ? null : clock.clock(), runStore);
    return new ClassState(facades, session, clock);
  }

  /** The annotation on {@code testClass} (or a superclass), else on the nearest enclosing class with it; or null. */
  static <A extends Annotation> A declared(Class<?> testClass, Class<A> type) {
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      var found = AnnotationSupport.findAnnotation(c, type);
      if (found.isPresent()) {
        return found.get();
      }
    }
    return null;
  }

  /**
   * Checks that a {@code @Nested} class, which shares this state, declares no clock of its own
   * (one that differs from the enclosing class's).
   */
  void checkNested(Class<?> nested) {
    var manual = AnnotationSupport.findAnnotation(nested, WithManualClock.class);
    if (manual.isPresent() && (clock == null || !clock.start().equals(TestClock.start(manual.get(), nested)))) {
      throw new ExtensionConfigurationException("@WithManualClock on @Nested class " + nested.getName()
          + " differs from its enclosing class's; declare it once, on the top-level class, whose engine and clock"
          + " the nested classes share");
    }
  }

  void beforeTest() {
    resetClock();
    current = session.beforeTest();
  }

  void afterTest() {
    current = null;
    session.afterTest();
    resetClock(); // the next test class instance's constructor sees the start too
  }

  private void resetClock() {
    if (clock != null) {
      clock.reset();
    }
  }

  /** Whether fields and parameters of this type are injected. */
  boolean injects(Class<?> type) {
    return type == Backend.class || type == StreamsBackend.class || type == Engine.class || type == ManualClock.class
        || facades.find(type) != null;
  }

  /** What a field or parameter of an {@link #injects injected} type receives now. */
  Object valueFor(Class<?> type) {
    if (type == ManualClock.class) {
      if (clock == null) {
        throw new ExtensionConfigurationException("a ManualClock is injected only when the engine runs on one:"
            + " annotate the test class with @WithManualClock");
      }
      return clock.clock();
    }
    if (current == null) {
      throw new ExtensionConfigurationException("a Keyway backend exists only while a test runs (from @BeforeEach to"
          + " @AfterEach); " + type.getSimpleName() + " cannot be injected into @BeforeAll or a constructor");
    }
    if (type == Engine.class) {
      if (current.engine() == null) {
        throw new ExtensionConfigurationException("an Engine is injected only when the tests run on Keyway's engine"
            + " (TestTarget.IN_PROCESS or SERVER), not on the endpoint "
            + System.getProperty(TestTarget.ENDPOINT_PROPERTY));
      }
      return current.engine();
    }
    if (type == StreamsBackend.class) {
      return current.streams();
    }
    return type == Backend.class ? current.backend() : facades.find(type).connect(current.backend());
  }

  @Override
  public void close() {
    session.close();
  }
}
