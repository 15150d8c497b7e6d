package dev.keyway.samples.shop;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.keyway.aws.AwsBackend;
import dev.keyway.engine.Engine;
import dev.keyway.junit.KeywayTest;
import dev.keyway.spi.Backend;
import org.junit.jupiter.api.Test;

/** The suite's two runs really differ: the in-process engine first, then the SDK over HTTP (see pom.xml). */
@KeywayTest(tables = Shop.class)
class TargetTest {
  Backend backend;

  @Test
  void runsOnTheTargetOfThisRun() {
    boolean remote = "SERVER".equals(System.getProperty("keyway.target"))
        || System.getProperty("keyway.endpoint") != null;
    Class<? extends Backend> expected = remote ? AwsBackend.class : Engine.class;
    assertInstanceOf(expected, backend);
  }
}
