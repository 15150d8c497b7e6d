package dev.keyway.samples.leaderboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.engine.Engine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LeaderboardAppTest {
  @Test
  void theSamplePrintsEveryBoardAndSucceeds() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new LeaderboardApp(Leaderboard.connect(Engine.inMemory()), new PrintStream(bytes, true, StandardCharsets.UTF_8))
        .run();
    String out = bytes.toString(StandardCharsets.UTF_8);
    for (String shown : new String[] {"top(\"blitz\", 5)", "SCORE#-9999999999999999994#dan", "<- rank 6",
        "topInRegion(\"blitz\", \"eu\", 3)", "personal bests", "zoe: 200 points in 200 rounds"}) {
      assertTrue(out.contains(shown), shown + " missing from:\n" + out);
    }
    assertTrue(out.contains("All boards returned what was expected."), out);
  }
}
