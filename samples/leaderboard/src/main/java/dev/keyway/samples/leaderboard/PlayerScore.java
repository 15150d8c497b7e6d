package dev.keyway.samples.leaderboard;

import dev.keyway.annotation.Entity;
import dev.keyway.annotation.IndexKey;
import dev.keyway.annotation.Version;

/**
 * A player's total in one game, the sum of their rounds (a round can lose points, so totals can be
 * negative). The number in the index sort keys is encoded so that text order is numeric order:
 * {@code SCORE#0000000000000000042#ann}, and {@code SCORE#-9999999999999999958#bob} for -42, which
 * sorts before every non-negative total. Ties are broken by player id.
 */
@Entity(table = LeaderboardTable.class, pk = "PLAYER#{playerId}", sk = "SCORE#{game}")
@IndexKey(index = "GSI1", pk = "GAME#{game}", sk = "SCORE#{score}#{playerId}")
@IndexKey(index = "ByRegion")                     // game, region -> score, stored as they are
public record PlayerScore(String playerId, String game, String region, long score, int rounds,
    @Version long version) {

  /** A player's first round in a game, not stored yet (version 0: the put applies only if no total exists). */
  public static PlayerScore first(String playerId, String game, String region, long points) {
    return new PlayerScore(playerId, game, region, points, 1, 0);
  }
}
