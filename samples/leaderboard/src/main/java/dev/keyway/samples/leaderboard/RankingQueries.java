package dev.keyway.samples.leaderboard;

import dev.keyway.annotation.AccessPatterns;
import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import java.util.List;

/** How the leaderboard reads totals; each method is checked by javac and served by one key condition. */
@AccessPatterns
public interface RankingQueries {
  /** GSI1: GSI1PK = GAME#game AND begins_with(GSI1SK, "SCORE#"); a descending page is the top N. */
  Page<PlayerScore> ranking(String game, PageRequest page);

  /** GSI1SK past every total equal to {@code scoreAfter}: the players ahead, nearest first (ascending). */
  Page<PlayerScore> scoredAbove(String game, long scoreAfter, PageRequest page);

  /** GSI1SK before the first total equal to {@code scoreBefore}: the players behind (descending: nearest first). */
  Page<PlayerScore> scoredBelow(String game, long scoreBefore, PageRequest page);

  /** begins_with(GSI1SK, "SCORE#score#"): the players tied on one total. */
  List<PlayerScore> scoredExactly(String game, long score);

  /** Select COUNT of the totals above {@code scoreAfter}; a player's rank is one more. */
  long countAbove(String game, long scoreAfter);

  /** ByRegion: game = :game AND region = :region, sorted by the number score: the ranking within one region. */
  Page<PlayerScore> regionalRanking(String game, String region, PageRequest page);
}
