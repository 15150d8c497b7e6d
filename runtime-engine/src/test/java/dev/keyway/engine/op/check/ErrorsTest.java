package dev.keyway.engine.op.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.error.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorsTest {
  private static final String MAP_KEYS = "Map keys must satisfy constraint: [Member must have "
      + "length less than or equal to 255, Member must have length greater than or equal to 3, "
      + "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]";

  @Test
  void oneViolationIsSingular() {
    assertThatThrownBy(() -> Errors.start().notNull(null, "key").throwIfAny())
        .isInstanceOf(ValidationException.class)
        .hasMessage("1 validation error detected: Value null at 'key' failed to satisfy "
            + "constraint: Member must not be null");
  }

  @Test
  void atMostTenViolationsAreListed() {
    Errors errors = Errors.start();
    for (int i = 1; i <= 11; i++) {
      errors.notNull(null, "m" + i);
    }
    assertThatThrownBy(errors::throwIfAny)
        .hasMessageStartingWith("10 validation errors detected: Value null at 'm1' ")
        .hasMessageContaining("'m10'")
        .hasMessageNotContaining("'m11'");
  }

  @Test
  void invalidTableNamesKeyingAMapAreOneViolationOfTheMap() {
    Map<String, Integer> items = new LinkedHashMap<>();
    items.put("a", 1);
    items.put("b;", 2);
    assertThat(Errors.start().tableNameKeys(items, "requestItems").messages())
        .containsExactly("Value '{a=1, b;=2}' at 'requestItems' failed to satisfy constraint: "
            + MAP_KEYS);
  }

  @Test
  void tableArnsKeyingAMapAreValidNames() {
    Map<String, Integer> items = Map.of("arn:aws:dynamodb:us-east-1:123456789012:table/Orders", 1);
    assertThat(Errors.start().tableNameKeys(items, "requestItems").any()).isFalse();
  }
}
