package dev.keyway.junit;

import dev.keyway.spi.Backend;
import dev.keyway.spi.StreamsBackend;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link KeywayTest}: opens the class's {@link BackendSession} before all
 * tests, gives each test a backend with the tables ready and empty, and injects the facades, the
 * backend and its Streams API into fields and parameters.
 */
public final class KeywayExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeywayExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    if (context.getStore(NAMESPACE).get(State.class) != null) {
      return; // a @Nested class: the enclosing class's session serves it
    }
    KeywayTest test = annotation(context.getRequiredTestClass());
    Facades facades = Facades.of(test.tables());
    BackendSession session = BackendSession.open(TestTarget.effective(test.target()), facades,
        context.getRoot().getStore(NAMESPACE));
    context.getStore(NAMESPACE).put(State.class, new State(facades, session));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    State state = context.getStore(NAMESPACE).remove(State.class, State.class);
    if (state != null) {
      state.session().close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    State state = state(context);
    state.current = state.session().beforeTest();
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      inject(instance, state);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    State state = state(context);
    state.current = null;
    state.session().afterTest();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return injectable(type, state(context));
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return valueFor(parameter.getParameter().getType(), state(context));
  }

  private static void inject(Object instance, State state) throws IllegalAccessException {
    for (Class<?> c = instance.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (injectable(field.getType(), state) && !Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers)) {
          field.setAccessible(true);
          field.set(instance, valueFor(field.getType(), state));
        }
      }
    }
  }

  private static Object valueFor(Class<?> type, State state) {
    if (state.current == null) {
      throw new ExtensionConfigurationException("a Keyway backend exists only while a test runs (from @BeforeEach to"
          + " @AfterEach); " + type.getSimpleName() + " cannot be injected into @BeforeAll or a constructor");
    }
    if (type == Backend.class) {
      return state.current;
    }
    if (type == StreamsBackend.class) {
      return state.session().streams();
    }
    return state.facades().find(type).connect(state.current);
  }

  private static boolean injectable(Class<?> type, State state) {
    return type == Backend.class || type == StreamsBackend.class || state.facades().find(type) != null;
  }

  private static KeywayTest annotation(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      var found = AnnotationSupport.findAnnotation(c, KeywayTest.class);
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new ExtensionConfigurationException(
        "KeywayExtension is configured by @KeywayTest(tables = ...) on the test class");
  }

  private static State state(ExtensionContext context) {
    // A @Nested class's context finds the state stored by its enclosing class's.
    State state = context.getStore(NAMESPACE).get(State.class, State.class);
    if (state == null) {
      throw new ExtensionConfigurationException("KeywayExtension was not set up for " + context.getDisplayName());
    }
    return state;
  }

  /** The class's facades and session, and the backend of the running test. */
  private static final class State {
    private final Facades facades;
    private final BackendSession session;
    private Backend current;

    State(Facades facades, BackendSession session) {
      this.facades = facades;
      this.session = session;
    }

    Facades facades() {
      return facades;
    }

    BackendSession session() {
      return session;
    }
  }
}
