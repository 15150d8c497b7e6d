package dev.keyway.samples.leaderboard;

import static dev.keyway.samples.leaderboard.Boards.players;
import static dev.keyway.samples.leaderboard.Boards.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyway.junit.KeywayTest;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A player's rank and the players just ahead and behind, with ties and both ends of the board. */
@KeywayTest(tables = Leaderboard.class)
class NeighbourhoodTest {
  private LeaderboardService service;

  @BeforeEach
  void seed(Leaderboard leaderboard) {
    service = new LeaderboardService(leaderboard);
    // the board, highest first (ties by descending id): eve 40, ann 12, cy 7, bob 7, dan 0, fay -4, gus -9, hal -15
    total(leaderboard, "ann", "blitz", "eu", 12);
    total(leaderboard, "bob", "blitz", "eu", 7);
    total(leaderboard, "cy", "blitz", "eu", 7);
    total(leaderboard, "dan", "blitz", "eu", 0);
    total(leaderboard, "eve", "blitz", "eu", 40);
    total(leaderboard, "fay", "blitz", "eu", -4);
    total(leaderboard, "gus", "blitz", "eu", -9);
    total(leaderboard, "hal", "blitz", "eu", -15);
  }

  @Test
  void playersAheadAndBehindNearestFirst() {
    Neighbourhood fay = service.neighbourhood("blitz", "fay", 2);
    assertEquals(6, fay.rank());
    assertEquals(List.of("bob", "dan"), players(fay.ahead()), "highest first, as on the board: ..., cy, bob, dan");
    assertEquals(List.of(), fay.tied());
    assertEquals(List.of("gus", "hal"), players(fay.behind()));
  }

  @Test
  void tiedPlayersShareARank() {
    Neighbourhood bob = service.neighbourhood("blitz", "bob", 1);
    Neighbourhood cy = service.neighbourhood("blitz", "cy", 1);
    assertEquals(3, bob.rank());
    assertEquals(3, cy.rank());
    assertEquals(List.of("cy"), players(bob.tied()));
    assertEquals(List.of("bob"), players(cy.tied()));
    assertEquals(List.of("ann"), players(bob.ahead()));
    assertEquals(List.of("dan"), players(bob.behind()), "the tie is not behind");
  }

  @Test
  void theEndsOfTheBoard() {
    Neighbourhood eve = service.neighbourhood("blitz", "eve", 3);
    assertEquals(1, eve.rank());
    assertEquals(List.of(), eve.ahead());
    assertEquals(List.of("ann", "cy", "bob"), players(eve.behind()));
    Neighbourhood hal = service.neighbourhood("blitz", "hal", 3);
    assertEquals(8, hal.rank());
    assertEquals(List.of("dan", "fay", "gus"), players(hal.ahead()));
    assertEquals(List.of(), hal.behind());
  }

  @Test
  void aPlayerWithoutATotalHasNoNeighbourhood() {
    assertThrows(NoSuchElementException.class, () -> service.neighbourhood("blitz", "zed", 2));
    assertThrows(NoSuchElementException.class, () -> service.neighbourhood("chess", "ann", 2));
  }
}
