package dev.keyway.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttributePathTest {

  @Test
  void parsesNamesAndIndexes() {
    AttributePath p = AttributePath.parse("a.b[2].c[0][11]");
    assertThat(p.segments()).containsExactly(
        new PathSegment.Name("a"), new PathSegment.Name("b"), new PathSegment.Index(2),
        new PathSegment.Name("c"), new PathSegment.Index(0), new PathSegment.Index(11));
    assertThat(p).hasToString("a.b[2].c[0][11]");
    assertThat(p.topLevelName()).isEqualTo("a");
    assertThat(AttributePath.of("a").attr("b").index(2).attr("c"))
        .isEqualTo(AttributePath.parse("a.b[2].c"));
  }

  @Test
  void ofTakesANameLiterally() {
    assertThat(AttributePath.of("a.b[1]").segments()).containsExactly(new PathSegment.Name("a.b[1]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".a", "a.", "a..b", "[1]", "a[", "a[]", "a[x]", "a[-1]", "a[1]b",
      "a[99999999999]"})
  void rejectsMalformedPaths(String text) {
    assertThatThrownBy(() -> AttributePath.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Malformed document path: \"" + text + "\"");
  }

  @Test
  void rejectsBadSegments() {
    assertThatThrownBy(() -> AttributePath.of("")).hasMessage("An attribute name must not be empty");
    assertThatThrownBy(() -> AttributePath.of("a").index(-1))
        .hasMessage("A list index must not be negative: -1");
    assertThatThrownBy(() -> new AttributePath(List.of(new PathSegment.Index(0))))
        .hasMessage("A path must start with an attribute name: [[0]]");
  }
}
