package dev.keyway.engine.op.check;

import dev.keyway.ops.BatchExecuteStatementRequest;
import dev.keyway.ops.BatchStatementRequest;
import dev.keyway.ops.ExecuteStatementRequest;
import dev.keyway.ops.ExecuteTransactionRequest;
import dev.keyway.ops.ParameterizedStatement;
import java.util.List;

/** The member constraints of the PartiQL operations' requests (see {@link RequestConstraints}). */
public final class PartiqlConstraints {
  static final int MAX_STATEMENT_LENGTH = 8192;

  private PartiqlConstraints() {}

  public static Errors executeStatement(Errors errors, ExecuteStatementRequest r) {
    return statement(errors, r.statement(), "statement")
        .minLength(r.parameters(), 1, "parameters").minimum(r.limit(), 1, "limit");
  }

  public static Errors batchExecuteStatement(Errors errors, BatchExecuteStatementRequest r) {
    List<BatchStatementRequest> statements = r.statements();
    errors.notNull(statements, "statements").minLength(statements, 1, "statements")
        .maxLength(statements, 25, "statements");
    for (int i = 0; statements != null && i < statements.size(); i++) {
      BatchStatementRequest s = statements.get(i);
      statement(errors, s == null ? null : s.statement(), member("statements", i, "statement"));
    }
    return errors;
  }

  public static Errors executeTransaction(Errors errors, ExecuteTransactionRequest r) {
    List<ParameterizedStatement> statements = r.transactStatements();
    errors.notNull(statements, "transactStatements").minLength(statements, 1, "transactStatements")
        .maxLength(statements, 100, "transactStatements")
        .clientRequestToken(r.clientRequestToken());
    for (int i = 0; statements != null && i < statements.size(); i++) {
      ParameterizedStatement s = statements.get(i);
      statement(errors, s == null ? null : s.statement(),
          member("transactStatements", i, "statement"));
    }
    return errors;
  }

  /** A statement: required, 1 to 8,192 characters. */
  private static Errors statement(Errors errors, String statement, String path) {
    errors.notNull(statement, path);
    if (statement != null && statement.isEmpty()) {
      errors.add(statement, path, "Member must have length greater than or equal to 1");
    } else if (statement != null && statement.length() > MAX_STATEMENT_LENGTH) {
      errors.add(statement, path,
          "Member must have length less than or equal to " + MAX_STATEMENT_LENGTH);
    }
    return errors;
  }

  /** {@code list.N.member.name}: DynamoDB numbers list elements from 1 in member paths. */
  private static String member(String list, int index, String name) {
    return NestedRules.element(list, index) + "." + name;
  }
}
