package dev.keyway.docs.games;

import dev.keyway.annotation.AccessPatterns;
import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import java.util.List;

// snippet:start declaration
@AccessPatterns
interface ScoreQueries {
  Page<Score> leaderboard(String game, Region region, PageRequest page);  // game = :g AND region = :r
  List<Score> atLeast(String game, Region region, long scoreFrom);         // ... AND score >= :s (a number)
}
// snippet:end declaration
