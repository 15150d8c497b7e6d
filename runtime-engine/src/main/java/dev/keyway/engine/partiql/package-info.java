/**
 * DynamoDB's PartiQL: statements for ExecuteStatement, BatchExecuteStatement and
 * ExecuteTransaction.
 *
 * <p>{@link dev.keyway.engine.partiql.PartiqlLexer} and {@link
 * dev.keyway.engine.partiql.PartiqlParser} (recursive descent, nesting bounded by {@link
 * dev.keyway.engine.partiql.PartiqlParser#MAX_DEPTH}) turn a statement and its parameters into a
 * {@link dev.keyway.engine.partiql.Statement}. Its WHERE clauses, SET and REMOVE actions and
 * projections are the expression language's own resolved trees ({@code engine.expr.ast}), so the
 * expression evaluator tests, applies and projects them: PartiQL has no evaluator of its own.
 * {@link dev.keyway.engine.partiql.WhereKeys} splits a WHERE clause into the key it pins and the
 * rest; the operations in {@code engine.op} run the statements.
 */
package dev.keyway.engine.partiql;
