package dev.keyway.engine.expr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.expr.ast.ExpressionKind;
import dev.keyway.error.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 (5): deeply nested expressions inside the 4 KB limit overflowed the parser's stack (an
 * internal error). Nesting is now bounded by DynamoDB's own rules: at most 300 operators, and
 * groups nested deeper than that must contain a redundant pair of parentheses.
 */
class ExpressionNestingTest {

  @Test
  void twoThousandNestedParenthesesAreRedundant() {
    String text = "(".repeat(2045) + "a=:v" + ")".repeat(2045);
    assertThatThrownBy(() -> ExpressionParser.parseCondition(text, ExpressionKind.CONDITION))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid ConditionExpression: The expression has redundant parentheses;");
  }

  @Test
  void unclosedParenthesesStopAtTheSameBound() {
    String text = "(".repeat(4000);
    assertThatThrownBy(() -> ExpressionParser.parseCondition(text, ExpressionKind.FILTER))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid FilterExpression: The expression has redundant parentheses;");
  }

  @Test
  void nestedUpdateValuesAreBoundedToo() {
    String text = "SET a = " + "(".repeat(2000) + ":v" + ")".repeat(2000);
    assertThatThrownBy(() -> ExpressionParser.parseUpdate(text))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid UpdateExpression: The expression has redundant parentheses;");
  }

  @Test
  void aChainOfNotsExceedsTheOperatorLimit() {
    String text = "NOT ".repeat(1000) + "a = :v";
    assertThatThrownBy(() -> ExpressionParser.parseCondition(text, ExpressionKind.CONDITION))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid ConditionExpression: The expression contains too many operators; "
            + "operator count: 301");
  }

  @Test
  void nestedFunctionsExceedTheOperatorLimit() {
    String text = "size(".repeat(680) + "a" + ")".repeat(680) + " > :v";
    assertThatThrownBy(() -> ExpressionParser.parseCondition(text, ExpressionKind.FILTER))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid FilterExpression: The expression contains too many operators; "
            + "operator count: 301");
  }

  @Test
  void threeHundredOperatorsAreAccepted() {
    // 150 comparisons joined by 149 ANDs and wrapped in one NOT: 300 operators.
    String text = "NOT (" + String.join(" AND ", java.util.Collections.nCopies(150, "a=:v")) + ")";
    assertThat(ExpressionParser.parseCondition(text, ExpressionKind.CONDITION)).isNotNull();
    String tooMany = text + " OR a=:v";
    assertThatThrownBy(() -> ExpressionParser.parseCondition(tooMany, ExpressionKind.CONDITION))
        .hasMessage("Invalid ConditionExpression: The expression contains too many operators; "
            + "operator count: 301");
  }
}
