package dev.keyway.samples.leaderboard;

import static dev.keyway.samples.leaderboard.Boards.players;
import static dev.keyway.samples.leaderboard.Boards.total;
import static dev.keyway.samples.leaderboard.Boards.totals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.api.PageRequest;
import dev.keyway.junit.KeywayTest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.GlobalSecondaryIndexDescription;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.TableDescription;
import dev.keyway.spi.Backend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rankings on GSI1 (key templates) and ByRegion (a multi-attribute key) with totals on both sides of zero. */
@KeywayTest(tables = Leaderboard.class)
class RankingTest {
  Leaderboard leaderboard;

  private RankingQueries queries() {
    return leaderboard.rankingQueries();
  }

  private void seedAroundZero() {
    total(leaderboard, "ann", "blitz", "eu", 5);
    total(leaderboard, "bob", "blitz", "us", -1);
    total(leaderboard, "cy", "blitz", "eu", 0);
    total(leaderboard, "dan", "blitz", "us", -20);
    total(leaderboard, "eve", "blitz", "eu", 13);
    total(leaderboard, "fay", "blitz", "us", -3);
    total(leaderboard, "gus", "blitz", "eu", -3);
    total(leaderboard, "hal", "chess", "eu", 99);                 // another game, never in blitz's results
  }

  @Test
  void topNIsHighestFirst() {
    seedAroundZero();
    LeaderboardService service = new LeaderboardService(leaderboard);
    assertEquals(List.of("eve", "ann", "cy"), players(service.top("blitz", 3)));
    assertEquals(List.of(13L, 5L, 0L, -1L, -3L, -3L, -20L), totals(service.top("blitz", 10)));
    assertEquals(List.of("hal"), players(service.top("chess", 10)));
  }

  @Test
  void ascendingRankingPagesThroughNegativesFirst() {
    seedAroundZero();
    List<String> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(3);
    while (request != null) {
      var page = queries().ranking("blitz", request);
      seen.addAll(players(page.items()));
      request = page.nextRequest(request).orElse(null);
    }
    assertEquals(List.of("dan", "fay", "gus", "bob", "cy", "ann", "eve"), seen);
  }

  @Test
  void rankingOrderIsNumericOrderForSeededTotals() {
    Random random = new Random(7);
    List<Long> stored = new ArrayList<>(List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L));
    for (int i = 0; i < 25; i++) {
      stored.add(random.nextBoolean() ? random.nextLong() : random.nextInt(201) - 100L);
    }
    for (int i = 0; i < stored.size(); i++) {
      total(leaderboard, "p" + i, "blitz", "eu", stored.get(i));
    }
    assertEquals(stored.stream().sorted().toList(),
        totals(queries().ranking("blitz", PageRequest.first(100)).items()));
    assertEquals(stored.stream().sorted(Comparator.reverseOrder()).toList(),
        totals(queries().ranking("blitz", PageRequest.first(100).descending()).items()));
  }

  @Test
  void rangesAroundANegativeTotal() {
    seedAroundZero();
    assertEquals(List.of("bob", "cy", "ann", "eve"),
        players(queries().scoredAbove("blitz", -3, PageRequest.first(10)).items()), "ties at -3 are not above");
    assertEquals(List.of("dan"), players(queries().scoredBelow("blitz", -3, PageRequest.first(10)).items()));
    assertEquals(List.of("fay", "gus"), players(queries().scoredExactly("blitz", -3)));
    assertEquals(4, queries().countAbove("blitz", -3));
    assertEquals(0, queries().countAbove("blitz", 13));
    assertEquals(List.of("dan", "fay", "gus"),
        players(queries().scoredBelow("blitz", -1, PageRequest.first(10)).items()));
  }

  @Test
  void regionalRankingHoldsOneRegionOfOneGame() {
    seedAroundZero();
    LeaderboardService service = new LeaderboardService(leaderboard);
    assertEquals(List.of("eve", "ann", "cy", "gus"), players(service.topInRegion("blitz", "eu", 10)));
    assertEquals(List.of("bob", "fay", "dan"), players(service.topInRegion("blitz", "us", 10)));
    assertEquals(List.of("hal"), players(service.topInRegion("chess", "eu", 10)));
  }

  @Test
  void regionalRankingSortsTheNumberItself() {
    seedAroundZero();
    assertEquals(List.of(-20L, -3L, -1L),
        totals(queries().regionalRanking("blitz", "us", PageRequest.first(10)).items()));
  }

  @Test
  void theRegionalIndexIsKeyedByTheItemsOwnAttributes(Backend backend) {
    TableDescription table = backend.describeTable(DescribeTableRequest.builder().tableName("Leaderboard").build())
        .table();
    GlobalSecondaryIndexDescription byRegion = table.globalSecondaryIndexes().stream()
        .filter(index -> index.indexName().equals("ByRegion")).findFirst().orElseThrow();
    assertEquals(List.of("game HASH", "region HASH", "score RANGE"),
        byRegion.keySchema().stream().map(k -> k.attributeName() + " " + k.keyType()).toList());
    assertEquals(ScalarAttributeType.N, table.attributeDefinitions().stream()
        .filter(a -> a.attributeName().equals("score")).findFirst().orElseThrow().attributeType());
  }

  @Test
  void aChangedTotalMovesInBothIndexes() {
    seedAroundZero();
    LeaderboardService service = new LeaderboardService(leaderboard);
    PlayerScore dan = service.addPoints("dan", "blitz", "eu", 30);              // -20 + 30, and now plays from eu
    assertEquals(10, dan.score());
    assertEquals(2, dan.rounds());
    assertEquals(List.of("eve", "dan", "ann"), players(service.top("blitz", 3)));
    assertEquals(7, service.top("blitz", 10).size(), "the old index entry is gone");
    assertEquals(List.of("bob", "fay"), players(service.topInRegion("blitz", "us", 10)));
    assertEquals(List.of("eve", "dan", "ann", "cy", "gus"), players(service.topInRegion("blitz", "eu", 10)));
  }
}
