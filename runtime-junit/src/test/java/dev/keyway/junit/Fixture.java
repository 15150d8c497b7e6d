package dev.keyway.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fixture class that only {@link ExtensionRun} runs; selected some other way (a surefire
 * pattern such as {@code dev.keyway.junit.**}, an IDE) it is skipped, so its planned failures stay its own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(Fixture.OnlyInExtensionRun.class)
@interface Fixture {
  /** The configuration parameter {@link ExtensionRun} sets. */
  String PARAMETER = "dev.keyway.junit.fixture";

  /** Enables a {@link Fixture} only in an {@link ExtensionRun}. */
  final class OnlyInExtensionRun implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(PARAMETER).isPresent()
          ? ConditionEvaluationResult.enabled("run by ExtensionRun")
          : ConditionEvaluationResult.disabled("a fixture that ExtensionRun runs");
    }
  }
}
