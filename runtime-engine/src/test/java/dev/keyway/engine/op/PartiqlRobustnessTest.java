package dev.keyway.engine.op;

import static dev.keyway.engine.Fixtures.pkSk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.testing.SeededTries;
import dev.keyway.error.DynamoDbException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ExecuteStatementRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Random statements, mostly near the grammar, with random parameters: every one either runs or is
 * refused with a DynamoDB error; none escapes as another exception (an HTTP 500 over the wire).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartiqlRobustnessTest {
  private static final String[] FRAGMENTS = {
      "SELECT", "INSERT", "INTO", "UPDATE", "DELETE", "FROM", "WHERE", "SET", "REMOVE", "VALUE",
      "RETURNING", "ALL", "MODIFIED", "OLD", "NEW", "ORDER", "BY", "DESC", "AND", "OR", "NOT", "IN",
      "BETWEEN", "IS", "MISSING", "NULL", "TRUE", "EXISTS", "Fuzz", "\"Fuzz\"", "PK", "SK", "a",
      "\"a\"", "b", "a.b", "a[0]", "a[1].b", "*", ",", ".", "(", ")", "[", "]", "{", "}", "<<",
      ">>", ":", "=", "<>", "<", ">=", "+", "-", "?", "'x'", "'p'", "1", "-2.5", "1e3", "'k':",
      "begins_with(", "contains(", "attribute_type(", "size(", "list_append(", "set_add(",
      "set_delete(", "if_not_exists(", "'S'", "<<'s'>>", "<<1>>", "[1, 'x']", "{'m': 1}",
  };
  private static final String[] TEMPLATES = {
      "SELECT %s FROM Fuzz WHERE %s",
      "SELECT * FROM Fuzz WHERE PK = 'p' AND %s ORDER BY SK %s",
      "UPDATE Fuzz SET %s WHERE PK = 'p' AND SK = 'x' RETURNING %s",
      "UPDATE Fuzz SET %s = %s WHERE PK = 'p' AND SK = 'x'",
      "INSERT INTO Fuzz VALUE {'PK':'p','SK':%s,'a':%s}",
      "DELETE FROM Fuzz WHERE PK = 'p' AND SK = %s AND %s",
      "%s %s",
  };

  private final Engine engine = Engine.inMemory();

  @BeforeAll
  void table() {
    engine.createTable(pkSk("Fuzz"));
    engine.executeStatement(ExecuteStatementRequest.builder().statement(
        "INSERT INTO Fuzz VALUE {'PK':'p','SK':'x','a':{'b':[1,{'b':2}]},'s':<<'a'>>}").build());
  }

  @AfterAll
  void close() {
    engine.close();
  }

  record Input(String statement, List<AttributeValue> parameters) {}

  static Input generate(Random r) {
    String template = TEMPLATES[r.nextInt(TEMPLATES.length)];
    String statement = String.format(template, fragments(r), fragments(r));
    List<AttributeValue> parameters = new ArrayList<>();
    int count = (int) statement.chars().filter(c -> c == '?').count() + (r.nextInt(8) == 0 ? 1 : 0);
    for (int i = 0; i < count; i++) {
      parameters.add(switch (r.nextInt(6)) {
        case 0 -> AttributeValue.s("x");
        case 1 -> AttributeValue.n(r.nextInt(5));
        case 2 -> AttributeValue.list(AttributeValue.s("y"));
        case 3 -> AttributeValue.stringSet("a", "z");
        case 4 -> AttributeValue.map(java.util.Map.of("b", AttributeValue.n(1)));
        default -> AttributeValue.b(new byte[] {1});
      });
    }
    return new Input(statement, parameters.isEmpty() ? null : parameters);
  }

  private static String fragments(Random r) {
    StringBuilder s = new StringBuilder();
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      s.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]).append(r.nextInt(4) == 0 ? "" : " ");
    }
    return s.toString();
  }

  @Test
  void everyStatementRunsOrIsRefusedWithADynamoDbError() {
    SeededTries.forAll(5_000, PartiqlRobustnessTest::generate, in -> {
      try {
        engine.executeStatement(ExecuteStatementRequest.builder().statement(in.statement())
            .parameters(in.parameters()).build());
      } catch (DynamoDbException refused) {
        assertThat(refused.getMessage()).isNotBlank();
      }
    });
  }
}
