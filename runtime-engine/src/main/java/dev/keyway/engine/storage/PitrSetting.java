package dev.keyway.engine.storage;

import java.time.Instant;

/**
 * Point-in-time recovery as switched on for a table: since when, and how many days back a restore
 * may reach (1 to 35). A table without it has no setting (null).
 */
public record PitrSetting(Instant enabledAt, int recoveryPeriodDays) {
  public static final int DEFAULT_PERIOD_DAYS = 35;
}
