package dev.keyway.docs.games;

import dev.keyway.annotation.GlobalIndex;
import dev.keyway.annotation.Table;

// snippet:start declaration
@Table(name = "Games", globalIndexes =
    @GlobalIndex(name = "Leaderboard", partitionKeys = {"game", "region"}, sortKeys = "score"))
interface GamesTable {}
// snippet:end declaration
