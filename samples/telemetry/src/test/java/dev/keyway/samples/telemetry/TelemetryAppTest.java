package dev.keyway.samples.telemetry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TelemetryAppTest {
  @Test
  void theSimulationKeepsSummariesEqualToTheStoredReadings() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new TelemetryApp(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    String out = bytes.toString(StandardCharsets.UTF_8);
    for (String expected : new String[] {"36 readings expired by TTL", "boiler-1: 24 readings", "fridge-2: 24 readings",
        "greenhouse-3: 24 readings", "latest(", "between(", "Every summary matches the stored readings."}) {
      assertTrue(out.contains(expected), expected + " missing from:\n" + out);
    }
  }
}
