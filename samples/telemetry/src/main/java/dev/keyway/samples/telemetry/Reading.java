package dev.keyway.samples.telemetry;

import dev.keyway.annotation.Entity;
import dev.keyway.annotation.Ttl;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * One measurement of a device. The sort key encodes {@code at} with fixed widths
 * ({@code READING#2026-01-05T10:00:00.000000000Z}), so key order is time order and a time range is one
 * {@code BETWEEN}. {@code expiresAt} is stored as epoch seconds in the table's TTL attribute.
 */
@Entity(table = TelemetryTable.class, pk = "DEVICE#{deviceId}", sk = "READING#{at}")
public record Reading(String deviceId, Instant at, BigDecimal value, @Ttl Instant expiresAt) {

  /** A reading kept for {@code retention} after it was taken; then DynamoDB's TTL deletes it. */
  public static Reading of(String deviceId, Instant at, BigDecimal value, Duration retention) {
    return new Reading(deviceId, at, value, at.plus(retention));
  }
}
