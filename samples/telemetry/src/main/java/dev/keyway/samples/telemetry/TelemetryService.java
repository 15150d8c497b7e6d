package dev.keyway.samples.telemetry;

import dev.keyway.api.PageRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the devices and the dashboard do with the table: record readings, read them back, read summaries. */
public final class TelemetryService {
  private final Telemetry telemetry;
  private final Duration retention;

  /** Readings are kept for {@code retention} after they were taken. */
  public TelemetryService(Telemetry telemetry, Duration retention) {
    this.telemetry = telemetry;
    this.retention = retention;
  }

  /** Stores a reading; recording the same device and time again replaces (corrects) it. */
  public Reading record(String deviceId, Instant at, BigDecimal value) {
    return telemetry.readings().put(Reading.of(deviceId, at, value, retention));
  }

  /** Deletes one reading, e.g. a sensor glitch. */
  public void delete(String deviceId, Instant at) {
    telemetry.readings().delete(deviceId, at);
  }

  /** The newest {@code n} readings, newest first: one Query read backwards with Limit n. */
  public List<Reading> latest(String deviceId, int n) {
    return telemetry.readingQueries().readings(deviceId, PageRequest.first(n).descending()).items();
  }

  /** The readings taken from {@code from} to {@code to}, both included, oldest first. */
  public List<Reading> between(String deviceId, Instant from, Instant to) {
    return telemetry.readingQueries().readingsBetween(deviceId, from, to);
  }

  /** The summary the stream consumer keeps (empty before the device's first reading is consumed). */
  public DeviceSummary summary(String deviceId) {
    return telemetry.deviceSummaries().get(deviceId).orElse(DeviceSummary.empty(deviceId));
  }

  /**
   * The device's stored readings aggregated by reading them all (expired is 0: the table no longer knows). The
   * consumer needs it only for a new minimum or maximum; the sample also checks the kept summaries against it.
   */
  public DeviceSummary summarize(String deviceId) {
    DeviceSummary summary = DeviceSummary.empty(deviceId);
    for (Reading r : telemetry.readings().query(deviceId).list()) {
      summary = summary.plus(r.value());
    }
    return summary;
  }
}
