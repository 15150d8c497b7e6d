package dev.keyway.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of the class against a backend whose tables are those of the given generated
 * facades, created and empty when the test starts. Fields and test or lifecycle method parameters
 * whose type is one of the facades, {@link dev.keyway.spi.Backend}, {@link dev.keyway.spi.StreamsBackend}
 * (the backend's Streams API: the engine in process, {@code AwsStreamsBackend} on the other targets) or
 * {@link dev.keyway.engine.Engine} (the engine behind the backend, on the in-process and server
 * targets) receive them; with
 * {@link WithManualClock}, a {@link dev.keyway.engine.ManualClock} drives the engine and is injected too.
 *
 * <pre>{@code
 * @KeywayTest(tables = Shop.class)
 * class OrderTest {
 *   Shop shop;                                   // connected and with its table, before each test
 *
 *   @Test void placesAnOrder() { shop.orders().put(...); }
 * }
 * }</pre>
 *
 * <p>The system property {@code keyway.endpoint} sends every such test to that endpoint instead
 * (see {@link TestTarget#ENDPOINT}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(KeywayExtension.class)
public @interface KeywayTest {
  /** Generated facades ({@code Shop.class}): their tables are created and they are injected. */
  Class<?>[] tables();

  /** Where the tests run unless {@code keyway.endpoint} is set; the in-process engine by default. */
  TestTarget target() default TestTarget.IN_PROCESS;
}
