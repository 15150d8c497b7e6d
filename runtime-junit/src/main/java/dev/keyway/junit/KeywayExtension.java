package dev.keyway.junit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link KeywayTest}: opens the class's {@link BackendSession} before all
 * tests, gives each test a backend with the tables ready and empty, and injects the facades, the
 * backend, the engine and the {@link WithManualClock manual clock} into fields and parameters.
 */
public final class KeywayExtension implements ExecutionCondition, BeforeAllCallback, AfterAllCallback,
    BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeywayExtension.class);

  /** Skips a {@link WithManualClock} class that a system property sends away from the in-process engine. */
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (context.getTestMethod().isPresent() || context.getTestClass().isEmpty()) {
      return ConditionEvaluationResult.enabled("decided for the class");
    }
    Class<?> testClass = context.getTestClass().get();
    KeywayTest test = ClassState.declared(testClass, KeywayTest.class);
    if (test == null || ClassState.declared(testClass, WithManualClock.class) == null
        || test.target() != TestTarget.IN_PROCESS) {
      return ConditionEvaluationResult.enabled("no manual clock to keep in process");
    }
    TestTarget target = TestTarget.effective(test.target());
    return target == TestTarget.IN_PROCESS
        ? ConditionEvaluationResult.enabled("in process, on the manual clock")
        : ConditionEvaluationResult.disabled("@WithManualClock needs the in-process engine; the system properties"
            + " send this run to TestTarget." + target);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    ClassState inherited = context.getParent().map(KeywayExtension::find).orElse(null);
    if (inherited != null) {
      inherited.checkNested(context.getRequiredTestClass()); // a @Nested class: the enclosing class's state serves it
      return;
    }
    state(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ClassState state = context.getStore(NAMESPACE).remove(ClassState.class, ClassState.class);
    if (state != null) {
      state.close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    ClassState state = state(context);
    state.beforeTest();
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      inject(instance, state);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    state(context).afterTest();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return state(context).injects(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return state(context).valueFor(parameter.getParameter().getType());
  }

  private static void inject(Object instance, ClassState state) throws IllegalAccessException {
    for (Class<?> c = instance.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (state.injects(field.getType()) && !Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers)) {
          field.setAccessible(true);
          field.set(instance, state.valueFor(field.getType()));
        }
      }
    }
  }

  /**
   * The state of the test class of {@code context}, found in its own or an enclosing class's store,
   * else opened in the class's: by {@link #beforeAll}, or earlier by a constructor with parameters
   * when the class has a per-class lifecycle (its instance is made before the callbacks run).
   */
  private static ClassState state(ExtensionContext context) {
    ClassState state = find(context);
    if (state != null) {
      return state;
    }
    if (context.getTestMethod().isPresent() || context.getTestClass().isEmpty()) {
      throw new ExtensionConfigurationException("KeywayExtension was not set up for " + context.getDisplayName());
    }
    state = ClassState.open(context.getRequiredTestClass(), context.getRoot().getStore(NAMESPACE));
    context.getStore(NAMESPACE).put(ClassState.class, state);
    return state;
  }

  /** The state stored by this context or an enclosing one, or null. */
  private static ClassState find(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(ClassState.class, ClassState.class);
  }
}
