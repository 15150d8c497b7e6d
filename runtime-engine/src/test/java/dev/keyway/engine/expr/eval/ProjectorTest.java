package dev.keyway.engine.expr.eval;

import static dev.keyway.model.AttributeValue.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectorTest {
  @Test
  void topLevelAndMissing() {
    assertThat(Fixtures.project("s, n, absent")).isEqualTo(Map.of("s", s("hello"), "n", n(10)));
  }

  @Test
  void nestedMapsKeepOnlySelectedKeys() {
    assertThat(Fixtures.project("m.deep.d, m.nope"))
        .isEqualTo(Map.of("m", map(Map.of("deep", map(Map.of("d", n(4)))))));
  }

  @Test
  void listIndexesCompactInIndexOrder() {
    assertThat(Fixtures.project("l[2], l[0], l[7]")).isEqualTo(Map.of("l", list(s("x"), s("y"))));
  }

  @Test
  void pathIntoScalarIsLeftOut() {
    assertThat(Fixtures.project("s.x")).isEmpty();
  }
}
