package dev.keyway.samples.leaderboard;

import dev.keyway.annotation.GlobalIndex;
import dev.keyway.annotation.Table;

/**
 * The one table of the leaderboard. A player's partition holds their total and their best round in
 * every game. GSI1 ranks the players of a game by total through key templates; ByRegion ranks them
 * within a region with a multi-attribute key: the items' own {@code game}, {@code region} (partition)
 * and {@code score} (sort, a number) attributes, no synthetic key to build. The processor generates
 * the facade {@code Leaderboard} from it.
 */
@Table(name = "Leaderboard", partitionKey = "PK", sortKey = "SK",
    globalIndexes = {
        @GlobalIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"),
        @GlobalIndex(name = "ByRegion", partitionKeys = {"game", "region"}, sortKeys = "score")},
    typeAttribute = "_type")
public interface LeaderboardTable {}
