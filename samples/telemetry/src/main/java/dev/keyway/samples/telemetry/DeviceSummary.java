package dev.keyway.samples.telemetry;

import dev.keyway.annotation.Entity;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Aggregates of the readings a device has stored now: how many, their sum, minimum and maximum (null when there
 * are none), and how many readings time to live has deleted so far. {@link SummaryUpdater} keeps it from the
 * table's stream, in the device's partition beside the readings.
 */
@Entity(table = TelemetryTable.class, pk = "DEVICE#{deviceId}", sk = "SUMMARY")
public record DeviceSummary(String deviceId, long count, BigDecimal sum, BigDecimal min, BigDecimal max, long expired) {

  /** A device without readings. */
  public static DeviceSummary empty(String deviceId) {
    return new DeviceSummary(deviceId, 0, BigDecimal.ZERO, null, null, 0);
  }

  /** The mean of the stored readings (16 significant digits), or null when there are none. */
  public BigDecimal mean() {
    return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64);
  }

  /** With one more reading. */
  public DeviceSummary plus(BigDecimal value) {
    return new DeviceSummary(deviceId, count + 1, sum.add(value),
        min == null || value.compareTo(min) < 0 ? value : min,
        max == null || value.compareTo(max) > 0 ? value : max, expired);
  }

  /**
   * Without one reading, deleted by time to live or not. The minimum and maximum stay: when the value was one of
   * them ({@link #isExtreme}) the caller recomputes them from the readings left ({@link #withRange}).
   */
  public DeviceSummary minus(BigDecimal value, boolean expiredByTtl) {
    long left = count - 1;
    return new DeviceSummary(deviceId, left, sum.subtract(value), left == 0 ? null : min, left == 0 ? null : max,
        expiredByTtl ? expired + 1 : expired);
  }

  /** Whether {@code value} is the minimum or the maximum (whatever its scale: 21.50 equals 21.5). */
  public boolean isExtreme(BigDecimal value) {
    return count > 0 && (value.compareTo(min) == 0 || value.compareTo(max) == 0);
  }

  /** The same aggregates with another minimum and maximum. */
  public DeviceSummary withRange(BigDecimal newMin, BigDecimal newMax) {
    return new DeviceSummary(deviceId, count, sum, newMin, newMax, expired);
  }
}
