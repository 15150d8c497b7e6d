package dev.keyway.samples.leaderboard;

import dev.keyway.api.PageRequest;
import dev.keyway.error.ConditionalCheckFailedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;

/** Recording rounds and reading rankings: the leaderboard's use cases over the generated code. */
public final class LeaderboardService {
  private final Leaderboard leaderboard;
  private final RankingQueries rankings;

  public LeaderboardService(Leaderboard leaderboard) {
    this.leaderboard = leaderboard;
    this.rankings = leaderboard.rankingQueries();
  }

  /** Records one round: adds its points to the player's total and keeps it if it is their best. */
  public PlayerScore recordRound(String playerId, String game, String region, long points, Instant playedAt) {
    PlayerScore total = addPoints(playerId, game, region, points);
    keepIfBest(new PersonalBest(playerId, game, points, playedAt));
    return total;
  }

  /**
   * Adds points to a player's total, safely under concurrent writers. GSI1's sort key text is built
   * from the total, so it cannot be a blind {@code ADD} (the key must be rewritten with the new value;
   * ByRegion, keyed by the number itself, would not mind): read it, write the new total on condition
   * that the version is still the one read, and read again when another writer came first. Some
   * writer wins every round, so the loop ends.
   */
  public PlayerScore addPoints(String playerId, String game, String region, long points) {
    PlayerScoreRepository scores = leaderboard.playerScores();
    while (true) {
      PlayerScore current = scores.get(PlayerScoreKeys.of(playerId, game), true).orElse(null);
      try {
        if (current == null) {
          return scores.put(PlayerScore.first(playerId, game, region, points));  // only if still absent
        }
        return scores.update(current, u -> u
            .setScore(current.score() + points)                                  // also rewrites GSI1's key
            .setRegion(region)
            .setRounds(current.rounds() + 1));
      } catch (ConditionalCheckFailedException otherWriterFirst) {
        // the total changed since it was read: start again from the stored one
      }
    }
  }

  /**
   * Stores the round as the player's best if there is none yet or it beats the stored one; the
   * condition decides on the server, so concurrent rounds cannot overwrite a better one.
   */
  public boolean keepIfBest(PersonalBest round) {
    try {
      leaderboard.personalBests().put(round,
          PersonalBestFields.POINTS.notExists().or(PersonalBestFields.POINTS.lt(round.points())));
      return true;
    } catch (ConditionalCheckFailedException notBetter) {
      return false;
    }
  }

  /** The {@code n} highest totals of a game, highest first. */
  public List<PlayerScore> top(String game, int n) {
    return rankings.ranking(game, PageRequest.first(n).descending()).items();
  }

  /** The {@code n} highest totals of a game within a region, highest first. */
  public List<PlayerScore> topInRegion(String game, String region, int n) {
    return rankings.regionalRanking(game, region, PageRequest.first(n).descending()).items();
  }

  /**
   * A player's rank and up to {@code size} players on each side. The rank is a COUNT query over the
   * totals above the player's: cheap near the top, a read of the whole range further down.
   */
  public Neighbourhood neighbourhood(String game, String playerId, int size) {
    PlayerScore player = leaderboard.playerScores().get(playerId, game)
        .orElseThrow(() -> new NoSuchElementException(playerId + " has not played " + game));
    long score = player.score();
    List<PlayerScore> ahead = new ArrayList<>(rankings.scoredAbove(game, score, PageRequest.first(size)).items());
    Collections.reverse(ahead);                                                   // read nearest first; shown highest first
    List<PlayerScore> tied = rankings.scoredExactly(game, score).stream()
        .filter(other -> !other.playerId().equals(playerId))
        .toList();
    List<PlayerScore> behind = rankings.scoredBelow(game, score, PageRequest.first(size).descending()).items();
    return new Neighbourhood(player, rankings.countAbove(game, score) + 1, ahead, tied, behind);
  }
}
