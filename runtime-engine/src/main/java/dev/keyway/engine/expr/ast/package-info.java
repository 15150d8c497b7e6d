/** The expression syntax tree: sealed interfaces and records, identical before and after resolution (resolution replaces name and value placeholders). */
package dev.keyway.engine.expr.ast;
