package dev.keyway.docs.games;

import dev.keyway.annotation.Entity;
import dev.keyway.annotation.IndexKey;

// snippet:start declaration
@Entity(table = GamesTable.class, pk = "PLAYER#{player}", sk = "GAME#{game}#{region}")
@IndexKey(index = "Leaderboard")                       // no templates: the fields below are the key
record Score(String player, String game, Region region, long score) {}
// snippet:end declaration
