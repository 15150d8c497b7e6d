/** Per-request resolution of names and values with DynamoDB's semantic checks, and key condition extraction. See {@link dev.keyway.engine.expr} for the order of errors. */
package dev.keyway.engine.expr.resolve;
