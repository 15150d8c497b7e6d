package dev.keyway.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonTreeTest {
  @Test
  void readsEveryKindOfValueInMemberOrder() throws IOException {
    Object tree = JsonTree.read(" {\"b\": [1, -2.5e+3, true, false, null], \"a\": {\"s\": \"x\\\"\\\\\\/\\n\\u00e9\"}} ");
    assertThat(tree).isEqualTo(Map.of("b", Arrays.asList("1", "-2.5e+3", true, false, null), "a", Map.of("s", "x\"\\/\né")));
    assertThat(List.copyOf(((Map<?, ?>) tree).keySet())).isEqualTo(List.of("b", "a"));
    assertThat(JsonTree.read("[]")).isEqualTo(List.of());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "`  `|the file is empty",
    "`{\"a\": 1, \"a\": 2}`|Duplicate field 'a' at line 1",
    "`{\"a\": 1}\n x`|unexpected content after the document at line 2",
    "`{\"a\" 1}`|expected ':' at line 1",
    "`[1, 2`|unexpected end of the document at line 1",
    "`{a: 1}`|expected a member name at line 1",
    "`\"abc`|unterminated string at line 1",
    "`\"\\x\"`|bad escape \\x at line 1",
    "`01.`|bad number at line 1",
    "`tru`|unexpected character 't' at line 1",
    "`{\"a\": 'x'}`|unexpected character ''' at line 1",
  })
  void refusesWhatIsNotJson(String json, String message) {
    assertThatThrownBy(() -> JsonTree.read(json)).isInstanceOf(IOException.class).hasMessage(message);
  }

  @Test
  void nestingIsBounded() throws IOException {
    String deepest = "[".repeat(JsonTree.MAX_DEPTH + 1) + "]".repeat(JsonTree.MAX_DEPTH + 1);
    assertThat(JsonTree.read(deepest)).isInstanceOf(List.class);
    assertThatThrownBy(() -> JsonTree.read("[" + deepest + "]"))
        .isInstanceOf(IOException.class).hasMessage("nested deeper than 64 levels at line 1");
  }
}
