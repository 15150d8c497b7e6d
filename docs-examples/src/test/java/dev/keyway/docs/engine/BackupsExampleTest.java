package dev.keyway.docs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.PointInTimeRecoverySpecification;
import dev.keyway.ops.RestoreTableToPointInTimeRequest;
import dev.keyway.ops.UpdateContinuousBackupsRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/backups.md: point-in-time recovery on the engine's clock. */
class BackupsExampleTest {
  @Test
  void restoresTheTableAsItWasAtATime() {
    ManualClock clock = new ManualClock(Instant.parse("2026-03-01T09:00:00Z"));
    Engine engine = Engine.builder().clock(clock).build();
    engine.createTable(Items.keyedByPk("Orders").build());
    // snippet:start pitr
    engine.updateContinuousBackups(new UpdateContinuousBackupsRequest("Orders",
        new PointInTimeRecoverySpecification(true, 35)));          // RecoveryPeriodInDays 1-35, 35 by default
    // snippet:end pitr
    engine.putItem(Items.put("Orders", "before"));
    clock.advance(Duration.ofHours(1));
    engine.putItem(Items.put("Orders", "after"));
    clock.advance(Duration.ofHours(1));
    // snippet:start pitr
    // ...
    engine.restoreTableToPointInTime(RestoreTableToPointInTimeRequest.builder()
        .sourceTableName("Orders").targetTableName("Orders-0930")
        .restoreDateTime(Instant.parse("2026-03-01T09:30:00Z")).build());
    // snippet:end pitr
    assertTrue(has(engine, "Orders-0930", "before"));
    assertFalse(has(engine, "Orders-0930", "after"));
    assertEquals(true, has(engine, "Orders", "after"));
  }

  private static boolean has(Engine engine, String table, String pk) {
    return engine.getItem(GetItemRequest.builder().tableName(table).key(Map.of("PK", AttributeValue.s(pk)))
        .consistentRead(true).build()).item() != null;
  }
}
