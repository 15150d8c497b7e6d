package dev.keyway.docs.games;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.api.PageRequest;
import dev.keyway.engine.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/annotations.md, "Multi-attribute index keys": numbers sort as numbers, negatives included. */
class GamesExampleTest {
  private final Games games = Games.connect(Engine.inMemory());

  @Test
  void theLeaderboardIsOrderedByScoreAsANumber() {
    games.createTableIfAbsent();
    games.scores().put(new Score("ann", "chess", Region.EU, 90));
    games.scores().put(new Score("bob", "chess", Region.EU, -5));
    games.scores().put(new Score("cid", "chess", Region.EU, 100));
    games.scores().put(new Score("dan", "chess", Region.US, 500));

    List<String> top = games.scoreQueries().leaderboard("chess", Region.EU, PageRequest.first(10).descending())
        .items().stream().map(Score::player).toList();
    assertEquals(List.of("cid", "ann", "bob"), top);
    assertEquals(List.of("ann", "cid"),
        games.scoreQueries().atLeast("chess", Region.EU, 90).stream().map(Score::player).toList());
  }
}
