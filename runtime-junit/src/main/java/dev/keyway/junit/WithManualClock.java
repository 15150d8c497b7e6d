package dev.keyway.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@link KeywayTest} class on an engine driven by a {@link dev.keyway.engine.ManualClock}
 * instead of the system clock, so time-dependent behaviour (TTL expiry, {@code @CreatedAt} and
 * {@code @UpdatedAt}, point-in-time recovery windows, capacity refills, stream record ages) is
 * tested by moving the clock rather than by sleeping.
 *
 * <pre>{@code
 * @KeywayTest(tables = Telemetry.class)
 * @WithManualClock(start = "2026-03-01T12:00:00Z")
 * class ExpiryTest {
 *   Telemetry telemetry;
 *   ManualClock clock;                           // at start when each test begins
 *   Engine engine;
 *
 *   @Test void expires() {
 *     clock.advance(Duration.ofHours(2));
 *     engine.sweepExpiredItems();                // deletes what has expired by the clock, now
 *   }
 * }
 * }</pre>
 *
 * <p>The class has one clock, injected into fields and into parameters of constructors, test,
 * lifecycle ({@code @BeforeAll} included) methods; it is set back to {@link #start} before and
 * after every test, and every test's engine is built on it. Such an engine sweeps no expired items
 * in the background: {@code Engine.sweepExpiredItems()} deletes them when the test says so.
 * Only the in-process engine runs on the clock: a class whose tests are sent to the server or an
 * endpoint by {@code -Dkeyway.target} or {@code -Dkeyway.endpoint} is skipped, with the reason.
 * Put the annotation on the top-level class: {@code @Nested} classes share its clock.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WithManualClock {
  /** The default {@link #start}. */
  String DEFAULT_START = "2026-01-01T00:00:00Z";

  /** Where the clock stands when each test begins: an ISO-8601 instant in UTC, such as {@value #DEFAULT_START}. */
  String start() default DEFAULT_START;
}
