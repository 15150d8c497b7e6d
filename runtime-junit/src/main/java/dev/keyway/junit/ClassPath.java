package dev.keyway.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Checks for the optional dependencies a target needs, before any class that uses them is loaded. */
final class ClassPath {
  private ClassPath() {}

  static void require(TestTarget target, String className, String artifact) {
    try {
      Class.forName(className, false, ClassPath.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new ExtensionConfigurationException("TestTarget." + target + " needs " + artifact
          + " on the test class path (and, for the AWS SDK, one of its HTTP clients such as"
          + " software.amazon.awssdk:url-connection-client)");
    }
  }
}
