package dev.keyway.samples.telemetry;

import dev.keyway.annotation.AccessPatterns;
import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import java.time.Instant;
import java.util.List;

/** How readings are read; each method is checked by javac and served by one key condition on the table. */
@AccessPatterns
public interface ReadingQueries {
  /**
   * PK = DEVICE#id AND begins_with(SK, "READING#"): a device's readings in time order, page by page; the
   * latest n are {@code readings(id, PageRequest.first(n).descending())}.
   */
  Page<Reading> readings(String deviceId, PageRequest page);

  /** SK BETWEEN "READING#from" AND "READING#to": the readings of a time range, both ends included. */
  List<Reading> readingsBetween(String deviceId, Instant from, Instant to);
}
