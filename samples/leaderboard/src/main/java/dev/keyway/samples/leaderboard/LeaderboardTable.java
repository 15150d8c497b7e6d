package dev.keyway.samples.leaderboard;

import dev.keyway.annotation.GlobalIndex;
import dev.keyway.annotation.Table;

/**
 * The one table of the leaderboard. A player's partition holds their total and their best round in
 * every game; GSI1 ranks the players of a game by total, GSI2 ranks them within a region. The
 * processor generates the facade {@code Leaderboard} from it.
 */
@Table(name = "Leaderboard", partitionKey = "PK", sortKey = "SK",
    globalIndexes = {
        @GlobalIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"),
        @GlobalIndex(name = "GSI2", partitionKey = "GSI2PK", sortKey = "GSI2SK")},
    typeAttribute = "_type")
public interface LeaderboardTable {}
