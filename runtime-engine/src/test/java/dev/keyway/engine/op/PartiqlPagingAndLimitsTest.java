package dev.keyway.engine.op;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.pkSk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BatchExecuteStatementRequest;
import dev.keyway.ops.BatchStatementRequest;
import dev.keyway.ops.ExecuteStatementRequest;
import dev.keyway.ops.ExecuteStatementResponse;
import dev.keyway.ops.ExecuteTransactionRequest;
import dev.keyway.ops.ExecuteTransactionResponse;
import dev.keyway.ops.ParameterizedStatement;
import dev.keyway.ops.PutItemRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ExecuteStatement's NextToken paging (Limit and the 1 MB page), and the request limits. */
class PartiqlPagingAndLimitsTest {
  private Engine engine;

  @BeforeEach
  void open() {
    engine = Engine.inMemory();
    engine.createTable(pkSk("Tab"));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private ExecuteStatementResponse run(String statement, Integer limit, String token) {
    return engine.executeStatement(ExecuteStatementRequest.builder().statement(statement)
        .limit(limit).nextToken(token).build());
  }

  private void put(String pk, String sk, String payload) {
    engine.putItem(PutItemRequest.builder().tableName("Tab")
        .item(item("PK", pk, "SK", sk, "payload", payload)).build());
  }

  /** Every SK a statement reads, following NextToken to the end. */
  private List<String> readAll(String statement, Integer limit) {
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      ExecuteStatementResponse page = run(statement, limit, token);
      if (limit != null) {
        assertThat(page.items().size()).isLessThanOrEqualTo(limit);
      }
      page.items().forEach(i -> seen.add(((AttributeValue.S) i.get("SK")).value()));
      token = page.nextToken();
      assertThat(page.lastEvaluatedKey() == null).isEqualTo(token == null);
    } while (token != null);
    return seen;
  }

  @Nested
  class Paging {
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7})
    void aQueryPagesThroughItsPartitionOnce(int limit) {
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        put("p" + (i % 2), String.format("s%02d", i), "x");
        if (i % 2 == 0) {
          expected.add(String.format("s%02d", i));
        }
      }
      assertThat(readAll("SELECT SK FROM Tab WHERE PK = 'p0'", limit)).containsExactlyElementsOf(expected);
      List<String> reversed = new ArrayList<>(expected);
      Collections.reverse(reversed);
      assertThat(readAll("SELECT SK FROM Tab WHERE PK = 'p0' ORDER BY SK DESC", limit))
          .containsExactlyElementsOf(reversed);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5})
    void aScanPagesThroughTheTableOnce(int limit) {
      IntStream.range(0, 17).forEach(i -> put("p" + i, "s" + i, "x"));
      assertThat(readAll("SELECT SK FROM Tab", limit)).hasSize(17).doesNotHaveDuplicates();
    }

    @Test
    void aPageEndsAfterOneMegabyteRead() {
      String big = "x".repeat(300 * 1024);
      IntStream.range(0, 8).forEach(i -> put("p", "s" + i, big));
      ExecuteStatementResponse first = run("SELECT SK FROM Tab WHERE PK = 'p'", null, null);
      assertThat(first.items()).hasSize(4); // the fourth item crosses 1 MB
      assertThat(first.nextToken()).isNotNull();
      assertThat(readAll("SELECT SK FROM Tab WHERE PK = 'p'", null)).hasSize(8);
    }

    @Test
    void aTokenBelongsToItsStatement() {
      IntStream.range(0, 3).forEach(i -> put("p", "s" + i, "x"));
      String token = run("SELECT * FROM Tab WHERE PK = 'p'", 1, null).nextToken();
      assertThatThrownBy(() -> run("SELECT SK FROM Tab WHERE PK = 'p'", 1, token))
          .isInstanceOf(ValidationException.class).hasMessage("NextToken does not match request");
      assertThatThrownBy(() -> run("SELECT * FROM Tab WHERE PK = 'p'", 1, "not a token"))
          .isInstanceOf(ValidationException.class).hasMessage("Invalid NextToken");
      assertThatThrownBy(() -> run("SELECT * FROM Tab WHERE PK = 'p'", 1, token.substring(0, token.length() - 3)))
          .isInstanceOf(ValidationException.class).hasMessage("Invalid NextToken");
    }
  }

  @Nested
  class Limits {
    @Test
    void aStatementIsAtMost8192Characters() {
      String statement = "SELECT * FROM Tab WHERE PK = '" + "x".repeat(8192) + "'";
      assertThatThrownBy(() -> run(statement, null, null)).isInstanceOf(ValidationException.class)
          .hasMessageStartingWith("1 validation error detected: Value '")
          .hasMessageEndingWith("' at 'statement' failed to satisfy constraint: "
              + "Member must have length less than or equal to 8192");
    }

    @Test
    void limitIsAtLeastOne() {
      assertThatThrownBy(() -> run("SELECT * FROM Tab", 0, null)).hasMessage("1 validation error "
          + "detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value "
          + "greater than or equal to 1");
    }

    @Test
    void aBatchHasAtMost25Statements() {
      List<BatchStatementRequest> statements = IntStream.range(0, 26)
          .mapToObj(i -> BatchStatementRequest.builder()
              .statement("SELECT * FROM Tab WHERE PK = 'a' AND SK = '" + i + "'").build())
          .toList();
      assertThatThrownBy(() -> engine.batchExecuteStatement(
          BatchExecuteStatementRequest.builder().statements(statements).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessageEndingWith("at 'statements' failed to satisfy constraint: Member must have "
              + "length less than or equal to 25");
      assertThat(engine.batchExecuteStatement(BatchExecuteStatementRequest.builder()
          .statements(statements.subList(0, 25)).build()).responses()).hasSize(25);
    }

    @Test
    void aTransactionHasAtMost100Statements() {
      List<ParameterizedStatement> statements = IntStream.range(0, 101)
          .mapToObj(i -> ParameterizedStatement.builder()
              .statement("INSERT INTO Tab VALUE {'PK':'a','SK':'" + i + "'}").build())
          .toList();
      assertThatThrownBy(() -> engine.executeTransaction(
          ExecuteTransactionRequest.builder().transactStatements(statements).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessageEndingWith("at 'transactStatements' failed to satisfy constraint: Member "
              + "must have length less than or equal to 100");
      engine.executeTransaction(ExecuteTransactionRequest.builder()
          .transactStatements(statements.subList(0, 100)).build());
      assertThat(readAll("SELECT SK FROM Tab WHERE PK = 'a'", null)).hasSize(100);
    }

    @Test
    void aClientRequestTokenMakesARepeatANoOp() {
      ExecuteTransactionRequest insert = ExecuteTransactionRequest.builder().clientRequestToken("t1")
          .transactStatements(List.of(ParameterizedStatement.builder()
              .statement("INSERT INTO Tab VALUE {'PK':'a','SK':'once'}").build())).build();
      ExecuteTransactionResponse first = engine.executeTransaction(insert);
      assertThat(engine.executeTransaction(insert)).isEqualTo(first); // no DuplicateItem
      ExecuteTransactionRequest other = insert.toBuilder().transactStatements(List.of(
          ParameterizedStatement.builder().statement("INSERT INTO Tab VALUE {'PK':'b','SK':'x'}").build()))
          .build();
      assertThatThrownBy(() -> engine.executeTransaction(other))
          .hasMessage("Transaction request with the same client request token has different parameters");
    }
  }
}
