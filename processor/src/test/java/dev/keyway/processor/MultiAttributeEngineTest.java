package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Access patterns on indexes with multi-attribute keys (the games fixture), generated and run on the engine. */
class MultiAttributeEngineTest {
  static final String[] GAMES = {"fixtures/games/GamesTable.java", "fixtures/games/Score.java",
      "fixtures/games/ScoreQueries.java", "fixtures/games/LevelQueries.java", "fixtures/games/GamesRun.java"};

  @Test
  void queriesPagesRangesAndProjectionsRunOnTheEngine() throws Exception {
    Compilation c = Fixtures.compileResources(GAMES);
    assertThat(c).succeededWithoutWarnings();
    Fixtures.run(c, "games.GamesRun");
  }
}
