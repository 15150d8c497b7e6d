package dev.keyway.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SeededTriesTest {

  @AfterEach
  void clearSeed() {
    System.clearProperty(SeededTries.SEED_PROPERTY);
  }

  @Test
  void aFailingTryReportsSeedTryAndInput() {
    System.setProperty(SeededTries.SEED_PROPERTY, "42");
    assertThatThrownBy(() -> SeededTries.forAll(100, r -> r.nextInt(10), i -> assertThat(i).isLessThan(9)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed for 9")
        .hasMessageContaining("seed 42 (rerun with -Dkeyway.seed=42)");
  }

  @Test
  void aFixedSeedDrawsTheSameInputsAgain() {
    System.setProperty(SeededTries.SEED_PROPERTY, "7");
    List<Long> first = new ArrayList<>();
    List<Long> second = new ArrayList<>();
    SeededTries.forAll(50, Draws::anyLong, first::add);
    SeededTries.forAll(50, Draws::anyLong, second::add);
    assertThat(first).hasSize(50).isEqualTo(second);
  }
}
