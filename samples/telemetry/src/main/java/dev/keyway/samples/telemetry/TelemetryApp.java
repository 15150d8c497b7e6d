package dev.keyway.samples.telemetry;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.engine.stream.StartingPosition;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Simulates three devices reporting every hour for a day and a half on the in-process engine, with a clock that
 * the simulation moves: readings older than a day expire, a stream consumer keeps each device's summary, and the
 * dashboard queries run at the end. Exits 0 when every summary equals the one recomputed from the stored readings,
 * 1 otherwise.
 */
public final class TelemetryApp {
  static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
  static final Duration RETENTION = Duration.ofDays(1);
  static final int HOURS = 36;
  static final List<String> DEVICES = List.of("boiler-1", "fridge-2", "greenhouse-3");

  private final PrintStream out;

  public TelemetryApp(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    try {
      new TelemetryApp(System.out).run();
    } catch (Exception | AssertionError e) {
      System.err.println("FAILED: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  /** Runs the simulation; throws when a summary differs from the stored readings. */
  public void run() {
    ManualClock clock = new ManualClock(START);
    // no background sweeps: the simulation deletes expired readings when its clock has moved
    try (Engine engine = Engine.builder().clock(clock).ttlSweepInterval(Duration.ZERO).build()) {
      Telemetry telemetry = Telemetry.connect(engine);
      TelemetryService service = new TelemetryService(telemetry, RETENTION);
      telemetry.createTableIfAbsent(); // with TTL on expiresAt and the stream, as @Table declares them
      SummaryUpdater updater = new SummaryUpdater(telemetry, service,
          engine.streams().subscribe(Telemetry.DEFINITION.name(), StartingPosition.trimHorizon()));
      out.println("Keyway telemetry sample: " + DEVICES.size() + " devices, one reading an hour for " + HOURS
          + " hours, kept for " + RETENTION.toHours() + " hours");

      int expired = 0;
      for (int hour = 0; hour < HOURS; hour++) {
        for (String device : DEVICES) {
          service.record(device, clock.instant(), value(device, hour));
        }
        clock.advance(Duration.ofHours(1));
        expired += engine.sweepExpiredItems();
        updater.catchUp(); // often enough: a stream keeps its records for 24 hours only
      }
      out.println("Now " + clock.instant() + ": " + expired + " readings expired by TTL");

      section("A glitch: a reading replaced (MODIFY), deleted (REMOVE) and sent again (INSERT)");
      Instant last = clock.instant().minus(Duration.ofHours(1));
      BigDecimal real = value("fridge-2", HOURS - 1);
      service.record("fridge-2", last, new BigDecimal("99.9"));
      updater.catchUp();
      out.println("  fridge-2 re-sends " + last + " as 99.9    " + describe(service.summary("fridge-2")));
      service.delete("fridge-2", last);
      updater.catchUp();
      out.println("  an operator deletes it                     " + describe(service.summary("fridge-2")));
      service.record("fridge-2", last, real);
      updater.catchUp();
      out.println("  the device sends " + real + " again                " + describe(service.summary("fridge-2")));
      expect(service.summary("fridge-2").max().compareTo(new BigDecimal("99.9")) < 0, "the glitch left the maximum");

      section("Summaries kept from the stream");
      for (String device : DEVICES) {
        DeviceSummary kept = service.summary(device);
        out.println("  " + describe(kept));
        DeviceSummary stored = service.summarize(device);
        expect(kept.count() == stored.count() && same(kept.sum(), stored.sum()) && same(kept.min(), stored.min())
            && same(kept.max(), stored.max()), device + ": the kept summary equals the stored readings' " + stored);
        expect(kept.count() == 24 && kept.expired() == 12, device + ": 24 readings kept, 12 expired");
      }

      section("latest(\"greenhouse-3\", 3)  PK = DEVICE#greenhouse-3 AND begins_with(SK, READING#), backwards, Limit 3");
      List<Reading> latest = service.latest("greenhouse-3", 3);
      latest.forEach(this::print);
      expect(latest.size() == 3 && latest.get(0).at().equals(last), "the newest reading first");

      Instant from = START.plus(Duration.ofHours(12));
      Instant to = from.plus(Duration.ofHours(2));
      section("between(\"boiler-1\", " + from + ", " + to + ")  SK BETWEEN READING#from AND READING#to");
      List<Reading> range = service.between("boiler-1", from, to);
      range.forEach(this::print);
      expect(range.size() == 3, "three hourly readings, both ends included");
      expect(service.between("boiler-1", START, from.minusSeconds(1)).isEmpty(), "the first 12 hours expired");

      out.println();
      out.println("Every summary matches the stored readings.");
    }
  }

  /** A daily curve per device, one decimal: a boiler near 60, a fridge near 4, a greenhouse near 22. */
  static BigDecimal value(String device, int hour) {
    double base = switch (device) {
      case "boiler-1" -> 60;
      case "fridge-2" -> 4;
      default -> 22;
    };
    double amplitude = device.startsWith("fridge") ? 1 : 5;
    return BigDecimal.valueOf(base + amplitude * Math.sin(2 * Math.PI * hour / 24)).setScale(1, RoundingMode.HALF_EVEN);
  }

  private static String describe(DeviceSummary s) {
    BigDecimal mean = s.mean();
    return s.deviceId() + ": " + s.count() + " readings, min " + text(s.min()) + ", max " + text(s.max())
        + ", mean " + text(mean == null ? null : mean.setScale(2, RoundingMode.HALF_EVEN)) + ", " + s.expired()
        + " expired";
  }

  private void print(Reading r) {
    out.println("  " + r.at() + "  " + r.value().toPlainString() + "  (expires " + r.expiresAt() + ")");
  }

  private void section(String title) {
    out.println();
    out.println(title);
  }

  private static String text(BigDecimal value) {
    return value == null ? "-" : value.toPlainString();
  }

  /** DynamoDB keeps numbers without trailing zeros (21.50 comes back as 21.5): compare values, not scales. */
  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static void expect(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("unexpected result: " + what);
    }
  }
}
