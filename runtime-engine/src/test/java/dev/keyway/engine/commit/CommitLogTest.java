package dev.keyway.engine.commit;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.pkSk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.PutItemRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The log hook runs before a commit is applied; a commit it refuses is not applied. */
class CommitLogTest {
  private final List<String> events = new ArrayList<>();
  private volatile boolean full;

  private final Engine engine = Engine.builder()
      .log(commit -> {
        if (full) {
          throw new IllegalStateException("log is full");
        }
        events.add("log " + commit.sequence());
      })
      .listener(commit -> events.add("publish " + commit.sequence()))
      .build();

  @Test
  void everyCommitIsLoggedThenPublished() {
    engine.createTable(pkSk("Events"));
    engine.putItem(PutItemRequest.builder().tableName("Events").item(item("PK", "a", "SK", "s")).build());

    assertThat(events).containsExactly("log 1", "publish 1", "log 2", "publish 2");
  }

  @Test
  void aCommitTheLogRefusesIsNotApplied() {
    engine.createTable(pkSk("Events"));
    full = true;

    assertThatThrownBy(() -> engine.putItem(PutItemRequest.builder().tableName("Events")
        .item(item("PK", "a", "SK", "s")).build())).hasMessage("log is full");
    assertThat(engine.getItem(GetItemRequest.builder().tableName("Events")
        .key(item("PK", "a", "SK", "s")).build()).item()).isNull();

    full = false;
    engine.putItem(PutItemRequest.builder().tableName("Events").item(item("PK", "b", "SK", "s")).build());
    assertThat(events).containsExactly("log 1", "publish 1", "log 2", "publish 2");
  }
}
