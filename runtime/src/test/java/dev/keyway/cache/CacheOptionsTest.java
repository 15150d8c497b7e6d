package dev.keyway.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CacheOptionsTest {
  @Test
  void defaultsAreDaxsFiveMinutes() {
    CacheOptions defaults = CacheOptions.defaults();

    assertThat(defaults.itemTtl()).isEqualTo(Duration.ofMinutes(5));
    assertThat(defaults.queryTtl()).isEqualTo(Duration.ofMinutes(5));
    assertThat(defaults.itemMaxEntries()).isEqualTo(CacheOptions.DEFAULT_MAX_ENTRIES);
    assertThat(defaults.queryMaxEntries()).isEqualTo(CacheOptions.DEFAULT_MAX_ENTRIES);
  }

  @Test
  void eachSettingChangesOnlyItself() {
    CacheOptions options = CacheOptions.defaults().withQueryTtl(Duration.ofSeconds(10)).withItemMaxEntries(7);

    assertThat(options.queryTtl()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.itemTtl()).isEqualTo(Duration.ofMinutes(5));
    assertThat(options.itemMaxEntries()).isEqualTo(7);
    assertThat(options.queryMaxEntries()).isEqualTo(CacheOptions.DEFAULT_MAX_ENTRIES);
  }

  @Test
  void timesToLiveAndBoundsMustBePositive() {
    assertThatThrownBy(() -> CacheOptions.defaults().withItemTtl(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("itemTtl must be positive, was PT0S");
    assertThatThrownBy(() -> CacheOptions.defaults().withQueryMaxEntries(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("queryMaxEntries must be positive, was 0");
  }

  @Test
  void hitRateIsHitsOverLookups() {
    assertThat(new CacheStatistics(3, 1, 0).hitRate()).isEqualTo(0.75);
    assertThat(new CacheStatistics(0, 0, 0).hitRate()).isZero();
  }
}
