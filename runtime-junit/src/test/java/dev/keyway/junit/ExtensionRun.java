package dev.keyway.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs a fixture test class through the JUnit launcher and keeps what failed and what was skipped. */
final class ExtensionRun implements TestExecutionListener {
  private final List<Throwable> failures = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private int succeeded;

  static ExtensionRun of(Class<?> testClass) {
    ExtensionRun run = new ExtensionRun();
    LauncherFactory.create().execute(
        request().selectors(selectClass(testClass)).configurationParameter(Fixture.PARAMETER, "true").build(), run);
    return run;
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    result.getThrowable().ifPresent(failures::add);
    if (test.isTest() && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      succeeded++;
    }
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    skipped.add(reason);
  }

  /** The messages of the failures' innermost causes (JUnit wraps a parameter's in its own). */
  List<String> failureMessages() {
    List<String> messages = new ArrayList<>();
    for (Throwable failure : failures) {
      Throwable root = failure;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      messages.add(root.getClass().getSimpleName() + ": " + root.getMessage());
    }
    return messages;
  }

  List<String> skipped() {
    return skipped;
  }

  int succeeded() {
    return succeeded;
  }
}
