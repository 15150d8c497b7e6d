package dev.keyway.engine.expr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.Condition.Comparator;
import dev.keyway.engine.expr.ast.ExpressionKind;
import dev.keyway.engine.expr.ast.Operand;
import dev.keyway.engine.expr.ast.Path;
import dev.keyway.engine.expr.ast.PathElement;
import dev.keyway.engine.expr.ast.UpdateAction;
import dev.keyway.engine.expr.ast.UpdateExpression;
import dev.keyway.error.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {
  static Operand.PathOperand path(String name) {
    return new Operand.PathOperand(Path.of(name));
  }

  @Test
  void precedenceNotAndOr() {
    Condition c = ExpressionParser.parseCondition("NOT a = :v AND b < :w OR c = :v", ExpressionKind.FILTER);
    assertThat(c).isInstanceOf(Condition.Or.class);
  }

  @Test
  void comparisonAst() {
    assertThat(ExpressionParser.parseCondition("a <= :v", ExpressionKind.CONDITION))
        .isEqualTo(new Condition.Compare(Comparator.LE, path("a"), new Operand.ValueRef(":v")));
  }

  @Test
  void pathsWithPlaceholdersAndIndexes() {
    Condition c = ExpressionParser.parseCondition("attribute_exists(#a.b[12])", ExpressionKind.CONDITION);
    Path p = new Path(List.of(new PathElement.NameRef("#a"), new PathElement.Name("b"), PathElement.Index.of(12)));
    assertThat(c).isEqualTo(new Condition.FunctionCondition(
        new Operand.Call("attribute_exists", List.of(new Operand.PathOperand(p)))));
  }

  @Test
  void updateClausesKeepWrittenOrder() {
    UpdateExpression u = ExpressionParser.parseUpdate("set a = b + :v remove c, d ADD e :n");
    assertThat(u.clauses()).extracting(UpdateExpression.Clause::kind)
        .containsExactly(UpdateExpression.ClauseKind.SET, UpdateExpression.ClauseKind.REMOVE, UpdateExpression.ClauseKind.ADD);
    assertThat(u.actions().get(0)).isEqualTo(new UpdateAction.Set(Path.of("a"),
        new Operand.Arithmetic('+', path("b"), new Operand.ValueRef(":v"))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a = = :v | =| = = :v",
        "a = :v AND | <EOF> | AND",
        "a IN () | ) | ()",
        "a.1 = :v | 1 | .1 =",
        "_a1 = :v | _ | _a1",
        "a = :v$ | $ | :v$",
      })
  void syntaxErrors(String text, String token, String near) {
    assertThatThrownBy(() -> ExpressionParser.parseCondition(text, ExpressionKind.CONDITION))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid ConditionExpression: Syntax error; token: \"" + token + "\", near: \"" + near + "\"");
  }

  @Test
  void updateFunctionOperandsAreNotArithmetic() {
    assertThatThrownBy(() -> ExpressionParser.parseUpdate("SET c = if_not_exists(c, :v+:w)"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid UpdateExpression: Syntax error; token: \"+\", near: \":v+:w\"");
    assertThat(ExpressionParser.parseUpdate("SET c = if_not_exists(c, (:v)) + :w").actions().get(0))
        .isEqualTo(new UpdateAction.Set(Path.of("c"), new Operand.Arithmetic('+',
            new Operand.Call("if_not_exists", List.of(path("c"), new Operand.ValueRef(":v"))),
            new Operand.ValueRef(":w"))));
  }

  @Test
  void emptyAndTooLong() {
    assertThatThrownBy(() -> ExpressionParser.parseProjection(""))
        .hasMessage("Invalid ProjectionExpression: The expression can not be empty;");
    assertThatThrownBy(() -> ExpressionParser.parseProjection("a,".repeat(2048) + "a"))
        .hasMessage("Invalid ProjectionExpression: Expression size has exceeded the maximum allowed size; expression size: 4097");
  }

  @Test
  void cacheReturnsTheSameTree() {
    ParsedExpressionCache cache = new ParsedExpressionCache(2);
    Object first = cache.get(ExpressionKind.PROJECTION, "a", ExpressionParser::parseProjection);
    assertThat(cache.get(ExpressionKind.PROJECTION, "a", ExpressionParser::parseProjection)).isSameAs(first);
    cache.get(ExpressionKind.PROJECTION, "b", ExpressionParser::parseProjection);
    cache.get(ExpressionKind.PROJECTION, "c", ExpressionParser::parseProjection);
    assertThat(cache.size()).isEqualTo(2);
  }
}
