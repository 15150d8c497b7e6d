package dev.keyway.engine.capacity;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.capacity.ProvisionedTables.provisioned;
import static dev.keyway.engine.capacity.ProvisionedTables.withGsi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.ProvisionedThroughputDescription;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.TableDescription;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Target tracking on the engine's clock: scale out, scale in, limits; seen in DescribeTable. */
class AutoScalingTest {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  final ManualClock clock = new ManualClock(START);
  int written;

  Engine engine(AutoScalingPolicy policy) {
    return Engine.builder().clock(clock).autoScaling(policy).build();
  }

  /** Writes this many 1-unit items, spread over the current minute, then moves to the next. */
  void writeForAMinute(Engine engine, int perSecond) {
    for (int s = 0; s < 60; s++) {
      for (int i = 0; i < perSecond; i++) {
        engine.putItem(PutItemRequest.builder().tableName("Tbl")
            .item(item("PK", "p" + written++, "SK", "s", "G", "g")).build());
      }
      clock.advance(Duration.ofSeconds(1));
    }
  }

  TableDescription describe(Engine engine) {
    return engine.describeTable(DescribeTableRequest.builder().tableName("Tbl").build()).table();
  }

  @Test
  void consumptionAboveTheTargetForTwoMinutesScalesOutToMeetIt() {
    try (Engine engine = engine(AutoScalingPolicy.writes("Tbl", 5, 100, 50))) {
      engine.createTable(provisioned("Tbl", 10, 10));
      writeForAMinute(engine, 8);
      assertThat(describe(engine).provisionedThroughput().writeCapacityUnits()).isEqualTo(10);
      writeForAMinute(engine, 8); // 8 units/s, above 50% of 10, two minutes running
      ProvisionedThroughputDescription t = describe(engine).provisionedThroughput();
      assertThat(t.writeCapacityUnits()).isEqualTo(16); // 8 / 50%
      assertThat(t.readCapacityUnits()).isEqualTo(10);
      assertThat(t.lastIncreaseDateTime()).isEqualTo(START.plusSeconds(120));
      assertThat(t.lastDecreaseDateTime()).isNull();
      assertThat(t.numberOfDecreasesToday()).isZero();
    }
  }

  @Test
  void scalingOutStopsAtTheMaximum() {
    try (Engine engine = engine(AutoScalingPolicy.writes("Tbl", 5, 12, 50))) {
      engine.createTable(provisioned("Tbl", 10, 10));
      writeForAMinute(engine, 8);
      writeForAMinute(engine, 8);
      assertThat(describe(engine).provisionedThroughput().writeCapacityUnits()).isEqualTo(12);
    }
  }

  @Test
  void fifteenQuietMinutesScaleInToTheMinimumAndCountADecrease() {
    try (Engine engine = engine(AutoScalingPolicy.writes("Tbl", 5, 100, 50))) {
      engine.createTable(provisioned("Tbl", 10, 20));
      writeForAMinute(engine, 1);
      clock.advance(Duration.ofMinutes(13));
      assertThat(describe(engine).provisionedThroughput().writeCapacityUnits()).isEqualTo(20);
      clock.advance(Duration.ofMinutes(1)); // 15 complete minutes below 30% of 20
      ProvisionedThroughputDescription t = describe(engine).provisionedThroughput();
      assertThat(t.writeCapacityUnits()).isEqualTo(5);
      assertThat(t.lastDecreaseDateTime()).isEqualTo(START.plusSeconds(15 * 60));
      assertThat(t.numberOfDecreasesToday()).isEqualTo(1);
      clock.advance(Duration.ofDays(1));
      assertThat(describe(engine).provisionedThroughput().numberOfDecreasesToday()).isZero();
    }
  }

  @Test
  void aGsiPolicyScalesTheIndexAndLeavesTheTableAlone() {
    try (Engine engine = engine(AutoScalingPolicy.writes("Tbl", 1, 100, 50).onIndex("GSI1"))) {
      engine.createTable(withGsi("Tbl", 50, 10, 2));
      writeForAMinute(engine, 4);
      writeForAMinute(engine, 4);
      TableDescription d = describe(engine);
      assertThat(d.provisionedThroughput().writeCapacityUnits()).isEqualTo(50);
      ProvisionedThroughputDescription gsi = d.globalSecondaryIndexes().get(0).provisionedThroughput();
      assertThat(gsi.writeCapacityUnits()).isEqualTo(8);
      assertThat(gsi.lastIncreaseDateTime()).isEqualTo(START.plusSeconds(120));
    }
  }

  @Test
  void decreasesAreLimitedToFourADayThenOneAnHour() {
    ThroughputHistory history = new ThroughputHistory();
    Instant now = START;
    for (int i = 0; i < 4; i++) {
      assertThat(history.mayDecrease(now)).isTrue();
      history.changed(10, 9, now);
    }
    assertThat(history.mayDecrease(now.plusSeconds(3599))).isFalse();
    assertThat(history.mayDecrease(now.plusSeconds(3600))).isTrue();
    Instant later = now.plusSeconds(3600);
    for (int i = 4; i < ThroughputHistory.MAX_DECREASES; i++) {
      history.changed(10, 9, later);
      later = later.plusSeconds(3600);
    }
    assertThat(history.decreasesOn(START.plusSeconds(23 * 3600))).isEqualTo(27);
    assertThat(history.mayDecrease(START.plusSeconds(86399))).isFalse();
    assertThat(history.mayDecrease(START.plusSeconds(86400))).isTrue(); // a new UTC day
  }

  @Test
  void aDefaultPolicyScalesEveryProvisionedTableAndGsiUnlessAPolicyNamesIt() {
    try (Engine engine = Engine.builder().clock(clock)
        .autoScaling(new AutoScalingDefault(5, 100, 50))
        .autoScaling(AutoScalingPolicy.writes("Named", 1, 1000, 50)).build()) {
      engine.createTable(withGsi("Tbl", 10, 1, 500)); // table reads 100
      engine.createTable(provisioned("Named", 500, 500));
      engine.createTable(provisioned("OnDemand", 1, 1).toBuilder()
          .billingMode(dev.keyway.ops.BillingMode.PAY_PER_REQUEST).provisionedThroughput(null)
          .build());
      TableDescription tbl = describe(engine); // brought within 5..100 at once
      assertThat(tbl.provisionedThroughput().readCapacityUnits()).isEqualTo(100);
      assertThat(tbl.provisionedThroughput().writeCapacityUnits()).isEqualTo(10);
      assertThat(tbl.globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits())
          .isEqualTo(5);
      assertThat(tbl.globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits())
          .isEqualTo(100);
      writeForAMinute(engine, 8);
      writeForAMinute(engine, 8); // 8 units/s on the table and the GSI, above 50% of 10
      tbl = describe(engine);
      assertThat(tbl.provisionedThroughput().writeCapacityUnits()).isEqualTo(16);
      TableDescription named = engine.describeTable(
          DescribeTableRequest.builder().tableName("Named").build()).table();
      assertThat(named.provisionedThroughput().writeCapacityUnits()).isEqualTo(500);
      assertThat(named.provisionedThroughput().readCapacityUnits()).isEqualTo(500); // not named
      assertThat(engine.describeTable(DescribeTableRequest.builder().tableName("OnDemand")
          .build()).table().billingModeSummary().billingMode())
          .isEqualTo(dev.keyway.ops.BillingMode.PAY_PER_REQUEST);
    }
  }

  @Test
  void aDefaultPolicyHasThePolicysLimits() {
    assertThatThrownBy(() -> new AutoScalingDefault(5, 100, 95))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20 to 90");
    assertThatThrownBy(() -> new AutoScalingDefault(10, 5, 70))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need 1 <= minCapacity <= maxCapacity, got 10 and 5");
  }

  @Test
  void policiesRejectTargetsOutsideTwentyToNinetyPercent() {
    assertThatThrownBy(() -> AutoScalingPolicy.reads("Tbl", 1, 10, 95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("targetUtilization is a percentage from 20 to 90, as in Application Auto "
            + "Scaling; got 95.0");
  }
}
