/** Evaluation of resolved expressions against items: conditions, updates, projections. */
package dev.keyway.engine.expr.eval;
