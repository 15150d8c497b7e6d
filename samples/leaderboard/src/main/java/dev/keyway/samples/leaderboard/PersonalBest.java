package dev.keyway.samples.leaderboard;

import dev.keyway.annotation.Entity;
import java.time.Instant;

/** A player's best single round in a game, next to their totals in the player's partition. */
@Entity(table = LeaderboardTable.class, pk = "PLAYER#{playerId}", sk = "BEST#{game}")
public record PersonalBest(String playerId, String game, long points, Instant playedAt) {}
