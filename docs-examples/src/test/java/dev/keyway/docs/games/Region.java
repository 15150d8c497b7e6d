package dev.keyway.docs.games;

/** Where a score was made; stored as its name (S), a key attribute of the Leaderboard index. */
enum Region { EU, US }
