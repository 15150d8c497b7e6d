package dev.keyway.samples.leaderboard;

import java.util.List;

/**
 * A player's place in a game: their rank (1 + the number of higher totals, so tied players share a
 * rank), the nearest players ahead and behind, highest first, and the players tied with them.
 */
public record Neighbourhood(PlayerScore player, long rank, List<PlayerScore> ahead, List<PlayerScore> tied,
    List<PlayerScore> behind) {}
