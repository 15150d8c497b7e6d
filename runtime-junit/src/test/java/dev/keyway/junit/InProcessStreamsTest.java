package dev.keyway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

@KeywayTest(tables = Events.class)
class InProcessStreamsTest extends StreamsContract {
  @Test
  void theEngineServesItsOwnStreams() {
    assertThat(streams).isSameAs(backend);
  }
}
