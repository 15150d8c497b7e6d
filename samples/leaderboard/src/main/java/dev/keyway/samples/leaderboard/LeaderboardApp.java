package dev.keyway.samples.leaderboard;

import dev.keyway.api.PageRequest;
import dev.keyway.engine.Engine;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Seeds two games on the in-process engine and prints their rankings, a player's neighbourhood,
 * regional boards, personal bests and a total raised by concurrent writers. Exits 0 when everything
 * returned what the sample data says it must, 1 otherwise.
 */
public final class LeaderboardApp {
  /** Blitz: a win scores 3, a draw 1, a loss -2, so totals go below zero. */
  private static final List<Round> ROUNDS = List.of(
      new Round("ann", "eu", "blitz", 3), new Round("bob", "us", "blitz", -2), new Round("cy", "apac", "blitz", 3),
      new Round("dan", "eu", "blitz", -2), new Round("eve", "us", "blitz", 1), new Round("fay", "eu", "blitz", 3),
      new Round("gus", "apac", "blitz", -2), new Round("hal", "us", "blitz", 3), new Round("ann", "eu", "blitz", 3),
      new Round("bob", "us", "blitz", -2), new Round("cy", "apac", "blitz", 1), new Round("dan", "eu", "blitz", -2),
      new Round("eve", "us", "blitz", 3), new Round("fay", "eu", "blitz", -2), new Round("gus", "apac", "blitz", 1),
      new Round("hal", "us", "blitz", 3), new Round("ann", "eu", "blitz", -2), new Round("bob", "us", "blitz", 1),
      new Round("cy", "apac", "blitz", 3), new Round("dan", "eu", "blitz", -2), new Round("eve", "us", "blitz", -2),
      new Round("fay", "eu", "blitz", 1), new Round("hal", "us", "blitz", 3), new Round("ann", "eu", "blitz", 3),
      new Round("cy", "apac", "blitz", 3), new Round("eve", "us", "blitz", 1), new Round("fay", "eu", "blitz", 1),
      new Round("hal", "us", "blitz", -2), new Round("hal", "us", "blitz", 1),
      new Round("ann", "eu", "asteroids", 1200), new Round("bob", "us", "asteroids", 1500),
      new Round("cy", "apac", "asteroids", 400), new Round("eve", "us", "asteroids", 2500),
      new Round("ann", "eu", "asteroids", 800), new Round("cy", "apac", "asteroids", 300));

  private final Leaderboard leaderboard;
  private final LeaderboardService service;
  private final PrintStream out;

  public LeaderboardApp(Leaderboard leaderboard, PrintStream out) {
    this.leaderboard = leaderboard;
    this.service = new LeaderboardService(leaderboard);
    this.out = out;
  }

  public static void main(String[] args) {
    try {
      new LeaderboardApp(Leaderboard.connect(Engine.inMemory()), System.out).run();
    } catch (Exception | AssertionError e) {
      System.err.println("FAILED: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  /** Creates the table, records the rounds, reads the boards; throws on any surprise. */
  public void run() throws Exception {
    out.println("Keyway leaderboard sample: table " + Leaderboard.DEFINITION.name() + " on the in-process engine");
    expect(leaderboard.createTableIfAbsent(), "table created");
    Instant playedAt = Instant.parse("2026-01-10T18:00:00Z");
    for (Round r : ROUNDS) {
      service.recordRound(r.player(), r.game(), r.region(), r.points(), playedAt);
      playedAt = playedAt.plus(Duration.ofMinutes(7));
    }
    out.println("Recorded " + ROUNDS.size() + " rounds of 8 players in 2 games");

    section("top(\"blitz\", 5)  GSI1: GSI1PK = GAME#blitz AND begins_with(GSI1SK, SCORE#), descending");
    List<PlayerScore> top = service.top("blitz", 5);
    top.forEach(this::printScore);
    expect(players(top).equals(List.of("cy", "hal", "ann", "fay", "eve")), "blitz top 5, ties by player id");

    section("ranking(\"blitz\") ascending: negative totals sort first because of how they are encoded");
    List<PlayerScore> bottom = leaderboard.rankingQueries().ranking("blitz", PageRequest.first(4)).items();
    bottom.forEach(this::printScore);
    expect(players(bottom).equals(List.of("dan", "bob", "gus", "eve")), "blitz from the bottom: -6, -3, -1, 3");

    section("neighbourhood(\"blitz\", \"gus\", 2)  COUNT above, then 2 ahead and 2 behind on GSI1");
    Neighbourhood gus = service.neighbourhood("blitz", "gus", 2);
    printNeighbourhood(gus);
    expect(gus.rank() == 6 && players(gus.ahead()).equals(List.of("fay", "eve"))
        && players(gus.behind()).equals(List.of("bob", "dan")), "gus is 6th between eve and bob");

    section("neighbourhood(\"blitz\", \"eve\", 2)  a tie: eve and fay share rank 4");
    Neighbourhood eve = service.neighbourhood("blitz", "eve", 2);
    printNeighbourhood(eve);
    expect(eve.rank() == 4 && players(eve.tied()).equals(List.of("fay")), "eve tied with fay at rank 4");

    for (String region : List.of("eu", "us", "apac")) {
      section("topInRegion(\"blitz\", \"" + region + "\", 3)  ByRegion: game = blitz AND region = " + region
          + ", by score (a number)");
      service.topInRegion("blitz", region, 3).forEach(this::printRegional);
    }
    expect(players(service.topInRegion("blitz", "eu", 3)).equals(List.of("ann", "fay", "dan")), "blitz in eu");

    section("top(\"asteroids\", 3)");
    List<PlayerScore> asteroids = service.top("asteroids", 3);
    asteroids.forEach(this::printScore);
    expect(players(asteroids).equals(List.of("eve", "ann", "bob")), "asteroids top 3");

    section("personal bests: PK = PLAYER#id AND SK = BEST#game, kept by a conditional put");
    for (String player : List.of("ann", "dan")) {
      for (String game : List.of("blitz", "asteroids")) {
        leaderboard.personalBests().get(player, game).ifPresent(b ->
            out.printf("  %-4s %-10s %6d  played %s%n", b.playerId(), b.game(), b.points(), b.playedAt()));
      }
    }
    PersonalBest dan = leaderboard.personalBests().get("dan", "blitz").orElseThrow();
    expect(dan.points() == -2 && dan.playedAt().equals(Instant.parse("2026-01-10T18:21:00Z")),
        "dan's best is his first -2: an equal round does not replace it");

    section("8 threads add 1 point 25 times each to zoe's blitz total (versioned retry loop)");
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        done.add(threads.submit(() -> {
          for (int i = 0; i < 25; i++) {
            service.addPoints("zoe", "blitz", "eu", 1);
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      threads.shutdown();
    }
    PlayerScore zoe = leaderboard.playerScores().get("zoe", "blitz").orElseThrow();
    out.println("  zoe: " + zoe.score() + " points in " + zoe.rounds() + " rounds, version " + zoe.version());
    expect(zoe.score() == 200 && zoe.rounds() == 200, "no update lost");
    expect(players(service.top("blitz", 1)).equals(List.of("zoe")), "zoe leads blitz now, listed once");

    out.println();
    out.println("All boards returned what was expected.");
  }

  /** A total with its GSI1 sort key, to show how the number is encoded. */
  private void printScore(PlayerScore s) {
    out.printf("  %-4s %-5s %6d  GSI1SK %s%n", s.playerId(), s.region(), s.score(),
        PlayerScoreKeys.gsi1Sk(s.score(), s.playerId()));
  }

  /** A total read from ByRegion, which sorts the number attribute itself. */
  private void printRegional(PlayerScore s) {
    out.printf("  %-4s %-5s %6d%n", s.playerId(), s.region(), s.score());
  }

  private void printNeighbourhood(Neighbourhood n) {
    n.ahead().forEach(this::printScore);
    out.printf("  %-4s %-5s %6d  <- rank %d%n", n.player().playerId(), n.player().region(), n.player().score(), n.rank());
    n.tied().forEach(this::printScore);
    n.behind().forEach(this::printScore);
  }

  private void section(String title) {
    out.println();
    out.println(title);
  }

  private static List<String> players(List<PlayerScore> scores) {
    return scores.stream().map(PlayerScore::playerId).toList();
  }

  private static void expect(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("unexpected result: " + what);
    }
  }

  /** One round of the sample data. */
  private record Round(String player, String region, String game, long points) {}
}
