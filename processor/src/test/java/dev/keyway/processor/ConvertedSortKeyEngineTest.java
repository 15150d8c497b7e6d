package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** A @Converter field that writes numbers, in a sort key: generated keys sort in numeric order on the engine. */
class ConvertedSortKeyEngineTest {
  @Test
  void convertedNumbersInASortKeySortAsNumbers() throws Exception {
    Compilation c = Fixtures.compileResources("fixtures/ratings/RatingsTable.java", "fixtures/ratings/Rating.java",
        "fixtures/ratings/RatingConverter.java", "fixtures/ratings/Player.java", "fixtures/ratings/PlayerQueries.java",
        "fixtures/ratings/RatingsRun.java");
    assertThat(c).succeededWithoutWarnings();
    Fixtures.run(c, "ratings.RatingsRun");
  }
}
