package dev.keyway.engine.partiql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.Operand;
import dev.keyway.engine.expr.ast.Path;
import dev.keyway.engine.expr.ast.UpdateAction;
import dev.keyway.engine.expr.ast.UpdateExpression;
import dev.keyway.engine.expr.eval.ConditionEvaluator;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven tests of the PartiQL parser: statements to trees, refusals to DynamoDB's texts. */
class PartiqlParserTest {
  private static final String WF = "Statement wasn't well formed, can't be processed: ";

  private static Statement parse(String statement, AttributeValue... parameters) {
    return PartiqlParser.parse(statement, List.of(parameters));
  }

  @Nested
  class Statements {
    @Test
    void selectKeepsTableIndexProjectionWhereAndOrder() {
      var s = (Statement.Select) parse(
          "select \"a\".b[2], c FROM \"T\".\"I\" where k = 'x' order by s desc");
      assertThat(s.table()).isEqualTo("T");
      assertThat(s.index()).isEqualTo("I");
      assertThat(s.projection()).containsExactly(Path.of("a", "b", 2), Path.of("c"));
      assertThat(s.where()).isEqualTo(new Condition.Compare(Condition.Comparator.EQ,
          new Operand.PathOperand(Path.of("k")), new Operand.Literal(AttributeValue.s("x"), null)));
      assertThat(s.orderBy()).isEqualTo(new Statement.OrderBy(Path.of("s"), true));
      assertThat(s.isRead()).isTrue();
    }

    @Test
    void selectStarHasAnEmptyProjection() {
      assertThat(((Statement.Select) parse("SELECT * FROM t")).projection()).isEmpty();
    }

    @Test
    void insertTakesADocumentOfEveryLiteralKind() {
      var s = (Statement.Insert) parse("INSERT INTO t VALUE {'s':'it''s','n':-1.5e2,'t':true,"
          + "'f':FALSE,'z':null,'l':[1,'a',[]],'m':{'k':{}},'ss':<<'a','b'>>,'ns':<<1,2>>,'p':?}",
          AttributeValue.b(new byte[] {1}));
      assertThat(s.item()).isEqualTo(Map.ofEntries(
          Map.entry("s", AttributeValue.s("it's")), Map.entry("n", AttributeValue.n("-150")),
          Map.entry("t", AttributeValue.bool(true)), Map.entry("f", AttributeValue.bool(false)),
          Map.entry("z", AttributeValue.nul()),
          Map.entry("l", AttributeValue.list(AttributeValue.n(1), AttributeValue.s("a"), AttributeValue.list())),
          Map.entry("m", AttributeValue.map(Map.of("k", AttributeValue.map(Map.of())))),
          Map.entry("ss", AttributeValue.stringSet("a", "b")),
          Map.entry("ns", AttributeValue.numberSetOf("1", "2")),
          Map.entry("p", AttributeValue.b(new byte[] {1}))));
    }

    @Test
    void updateGroupsActionsIntoClausesOfTheExpressionLanguage() {
      var s = (Statement.Update) parse("UPDATE t SET a = a + 1, b = list_append(b, [1]) "
          + "SET c = set_add(c, <<'x'>>) REMOVE d SET e = set_delete(e, <<1>>) "
          + "WHERE k = 1 RETURNING MODIFIED OLD *");
      assertThat(s.update().clauses()).extracting(UpdateExpression.Clause::kind).containsExactly(
          UpdateExpression.ClauseKind.SET, UpdateExpression.ClauseKind.REMOVE,
          UpdateExpression.ClauseKind.ADD, UpdateExpression.ClauseKind.DELETE);
      assertThat(s.update().actions()).hasSize(5);
      assertThat(s.update().actions().get(0)).isEqualTo(new UpdateAction.Set(Path.of("a"),
          new Operand.Arithmetic('+', new Operand.PathOperand(Path.of("a")),
              new Operand.Literal(AttributeValue.n(1), null))));
      assertThat(s.returning()).isEqualTo(Statement.Returning.MODIFIED_OLD);
    }

    @Test
    void deleteAndExists() {
      assertThat(parse("DELETE FROM t WHERE k = 1 RETURNING ALL OLD *"))
          .isEqualTo(new Statement.Delete("t", new Condition.Compare(Condition.Comparator.EQ,
              new Operand.PathOperand(Path.of("k")), new Operand.Literal(AttributeValue.n(1), null)),
              Statement.Returning.ALL_OLD));
      Statement exists = parse("EXISTS (SELECT * FROM t WHERE k = 1)");
      assertThat(exists).isInstanceOf(Statement.Exists.class);
      assertThat(exists.isRead()).isFalse();
      assertThat(exists.table()).isEqualTo("t");
    }

    @Test
    void commentsAndCaseOfKeywordsDoNotMatter() {
      assertThat(parse("sElEcT * -- all of it\nfRoM t")).isEqualTo(
          new Statement.Select("t", null, List.of(), null, null));
    }
  }

  /** WHERE clauses evaluate with the expression language's evaluator. */
  @Nested
  class Conditions {
    private final Map<String, AttributeValue> item = Map.of(
        "n", AttributeValue.n(5), "s", AttributeValue.s("hello"),
        "ss", AttributeValue.stringSet("a", "b"), "l", AttributeValue.list(AttributeValue.n(1)),
        "z", AttributeValue.nul(), "m", AttributeValue.map(Map.of("x", AttributeValue.bool(true))));

    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("n = 5", true), Arguments.of("n <> 5", false), Arguments.of("n != 4", true),
          Arguments.of("n < 6 AND n <= 5 AND n > 4 AND n >= 5", true),
          Arguments.of("n BETWEEN 1 AND 4", false), Arguments.of("n NOT BETWEEN 1 AND 4", true),
          Arguments.of("n IN [1, 5]", true), Arguments.of("n IN (1, 2)", false),
          Arguments.of("n NOT IN [1, 2]", true),
          Arguments.of("begins_with(s, 'he')", true), Arguments.of("BEGINS_WITH(s, 'lo')", false),
          Arguments.of("contains(ss, 'a')", true), Arguments.of("contains(s, 'ell')", true),
          Arguments.of("attribute_type(s, 'S')", true), Arguments.of("attribute_type(n, 'S')", false),
          Arguments.of("size(s) = 5", true), Arguments.of("size(l) > 1", false),
          Arguments.of("gone IS MISSING", true), Arguments.of("n IS NOT MISSING", true),
          Arguments.of("z IS NULL", true), Arguments.of("n IS NOT NULL", true),
          Arguments.of("n IS NUMERIC AND s IS STRING AND m IS STRUCT AND l IS LIST", true),
          Arguments.of("m.x IS BOOLEAN", true), Arguments.of("m.x = true", true),
          Arguments.of("NOT n = 5 OR s = 'hello'", true), Arguments.of("NOT (n = 5 OR s = 'x')", false),
          Arguments.of("l[0] = 1", true), Arguments.of("\"m\".\"x\" = false", false),
          Arguments.of("5 = n", true));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void evaluates(String where, boolean expected) {
      var s = (Statement.Select) parse("SELECT * FROM t WHERE " + where);
      assertThat(ConditionEvaluator.test(s.where(), item)).isEqualTo(expected);
    }
  }

  @Nested
  class Refusals {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("", WF + "Expected data manipulation"),
          Arguments.of("CREATE TABLE t", WF + "Expected data manipulation"),
          Arguments.of("SELECT * FROM", WF + "Unexpected end of statement"),
          Arguments.of("SELECT * FROM t WHERE", WF + "Unexpected end of statement"),
          Arguments.of("SELECT * FROM t GROUP BY a", WF + "Unexpected keyword"),
          Arguments.of("SELECT * FROM t WHERE a = 'x' #", WF + "Unexpected token"),
          Arguments.of("SELECT * FROM t WHERE \"a = 1", WF + "Unexpected end of statement"),
          Arguments.of("SELECT * FROM t WHERE a ==", WF + "Unexpected token"),
          Arguments.of("SELECT * FROM t WHERE a[x] = 1", WF + "Unexpected path component"),
          Arguments.of("SELECT * FROM t WHERE a[99999999999] = 1",
              "List index is not within the allowable range; index: [99999999999]"),
          Arguments.of("SELECT * FROM t WHERE \"\" = 1", "Path component cannot be an empty string"),
          Arguments.of("SELECT a, * FROM t", "Other attributes should not be present in the projection when '*' is used."),
          Arguments.of("SELECT * FROM t WHERE a = MISSING", "MISSING must be compared using IS operator"),
          Arguments.of("SELECT * FROM t WHERE foo(a)", "Unrecognized function: foo"),
          Arguments.of("SELECT * FROM t WHERE a = ?", "Number of parameters in request and statement don't match."),
          Arguments.of("INSERT INTO t VALUES ({'a':1})", "Unsupported operation: Inserting multiple items in a single statement is not supported, use \"INSERT INTO tableName VALUE item\" instead"),
          Arguments.of("INSERT INTO t VALUE 'x'", "Unsupported format in item expression. Please use struct format {...} to express item values for insert statement."),
          Arguments.of("INSERT INTO t VALUE {'a':1,'a':2}", "Duplicate keys in tuple. Key: a under item"),
          Arguments.of("INSERT INTO t VALUE {'a':<<'x','x'>>}", "One or more parameter values were invalid: Input collection [x, x] contains duplicates."),
          Arguments.of("INSERT INTO t VALUE {'a':1e999}", "Number overflow. Attempting to store a number with magnitude larger than supported range"),
          Arguments.of("UPDATE t WHERE k = 1", WF + "Unexpected keyword"),
          Arguments.of("UPDATE t SET a = set_add(a) WHERE k = 1", "SET_ADD must have exactly two arguments"),
          Arguments.of("UPDATE t SET a = size(a) WHERE k = 1", "Unrecognized function: size"),
          Arguments.of("DELETE FROM t", "Where clause does not contain a mandatory equality on all key attributes"),
          Arguments.of("DELETE FROM t WHERE k = 1 RETURNING MODIFIED OLD *", "Invalid returning clause: RETURNING MODIFIED OLD *. Only RETURNING ALL OLD * is allowed in DELETE statements."));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void refuses(String statement, String message) {
      assertThatThrownBy(() -> parse(statement)).isInstanceOf(ValidationException.class)
          .hasMessage(message);
    }

    @Test
    void anExtraParameterIsRefused() {
      assertThatThrownBy(() -> parse("SELECT * FROM t", AttributeValue.s("x")))
          .hasMessage("Number of parameters in request and statement don't match.");
    }
  }

  /** Hostile nesting is a ValidationException, never a StackOverflowError. */
  @Nested
  class Depth {
    private static final String TOO_DEEP = WF + "Statement nested too deeply";

    @Test
    void parenthesesBeyondTheLimitAreRefused() {
      String deep = "(".repeat(5000) + "a = 1" + ")".repeat(5000);
      assertThatThrownBy(() -> parse("SELECT * FROM t WHERE " + deep)).hasMessage(TOO_DEEP);
    }

    @Test
    void nestedLiteralsAndNotsBeyondTheLimitAreRefused() {
      assertThatThrownBy(() -> parse("INSERT INTO t VALUE {'a':" + "[".repeat(5000) + "]".repeat(5000) + "}"))
          .hasMessage(TOO_DEEP);
      assertThatThrownBy(() -> parse("SELECT * FROM t WHERE " + "NOT ".repeat(5000) + "a = 1"))
          .hasMessage(TOO_DEEP);
    }

    @Test
    void nestingUpToTheLimitParses() {
      int depth = PartiqlParser.MAX_DEPTH;
      String where = "(".repeat(depth) + "a = 1" + ")".repeat(depth);
      assertThat(((Statement.Select) parse("SELECT * FROM t WHERE " + where)).where())
          .isInstanceOf(Condition.Parens.class);
    }
  }
}
