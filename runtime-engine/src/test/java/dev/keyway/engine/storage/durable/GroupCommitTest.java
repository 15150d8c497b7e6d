package dev.keyway.engine.storage.durable;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.pkOnly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.ops.PutItemRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group commit under concurrent writers, and a log left with an empty newest segment. */
class GroupCommitTest {
  @TempDir Path dir;

  @Test
  void concurrentWritersShareForcesAndEveryWriteSurvives() throws Exception {
    Engine engine = Engine.builder().durable(dir, DurableOptions.defaults()
        .withDurability(Durability.GROUP).withGroupWindow(Duration.ofMillis(2))).build();
    engine.createTable(pkOnly("Shop"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      writers.add(pool.submit(() -> {
        for (int i = 0; i < 100; i++) {
          engine.putItem(PutItemRequest.builder().tableName("Shop")
              .item(item("PK", thread + "-" + i, "v", i)).build());
        }
      }));
    }
    for (Future<?> w : writers) {
      w.get();
    }
    pool.shutdown();
    String before = EngineState.of(engine);
    engine.close();

    Engine reopened = Engine.open(dir);
    assertThat(EngineState.scan(reopened, "Shop", null)).hasSize(800);
    assertThat(EngineState.of(reopened)).isEqualTo(before);
    reopened.close();
  }

  @Test
  void anEmptyNewestSegmentIsReusedNotRecreated() throws Exception {
    Engine engine = Engine.open(dir);
    engine.createTable(pkOnly("Shop"));
    engine.close(); // the checkpoint leaves a new, empty segment
    assertThat(DataFiles.segments(dir)).hasSize(1);
    assertThat(Files.size(DataFiles.segments(dir).get(0))).isEqualTo(LogFormat.SEGMENT_HEADER);

    for (int round = 0; round < 3; round++) {
      Engine again = Engine.open(dir);
      again.putItem(PutItemRequest.builder().tableName("Shop").item(item("PK", "r" + round)).build());
      again.close();
    }
    Engine last = Engine.open(dir);
    assertThat(EngineState.scan(last, "Shop", null)).hasSize(3);
    last.close();
  }
}
