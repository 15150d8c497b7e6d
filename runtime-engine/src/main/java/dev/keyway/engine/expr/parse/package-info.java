/** Hand-written tokenizer and recursive-descent parser; syntax errors only. See {@link dev.keyway.engine.expr}. */
package dev.keyway.engine.expr.parse;
