package dev.keyway.samples.leaderboard;

import java.util.List;

/** Small helpers the tests share: totals written directly, and player ids of a result. */
final class Boards {
  private Boards() {}

  /** Stores a player's total directly, as a new item after one round. */
  static PlayerScore total(Leaderboard leaderboard, String playerId, String game, String region, long score) {
    return leaderboard.playerScores().put(new PlayerScore(playerId, game, region, score, 1, 0));
  }

  static List<String> players(List<PlayerScore> scores) {
    return scores.stream().map(PlayerScore::playerId).toList();
  }

  static List<Long> totals(List<PlayerScore> scores) {
    return scores.stream().map(PlayerScore::score).toList();
  }
}
