/**
 * The engine's expression language: ConditionExpression, FilterExpression, KeyConditionExpression,
 * UpdateExpression and ProjectionExpression, in three passes.
 *
 * <ol>
 *   <li>{@code parse}: {@link dev.keyway.engine.expr.parse.ExpressionParser} turns text into the
 *       {@code ast} (sealed interfaces and records). Syntax only; parsed trees are cached by text in
 *       a bounded {@link dev.keyway.engine.expr.parse.ParsedExpressionCache}.
 *   <li>{@code resolve}: {@link dev.keyway.engine.expr.resolve.ExpressionResolver} (one per
 *       request) substitutes ExpressionAttributeNames/Values and runs DynamoDB's semantic checks.
 *   <li>{@code eval}: {@link dev.keyway.engine.expr.eval.ConditionEvaluator}, {@link
 *       dev.keyway.engine.expr.eval.UpdateApplier}, {@link dev.keyway.engine.expr.eval.Projector}.
 * </ol>
 *
 * <h2>How an operation uses it</h2>
 *
 * <pre>{@code
 * ExpressionResolver r = ExpressionResolver.of(req.names(), req.values()); // null = parameter absent
 * UpdateExpression u = r.update(req.updateExpression());                    // UpdateItem: update first,
 * Condition cond = r.condition(ExpressionKind.CONDITION, req.condition());   // then the condition
 * r.checkAllUsed();                                                          // unused names, then values
 * if (u.topLevelNames().contains(pk)) throw "Cannot update attribute PK. This attribute is part of the key"
 * if (!ConditionEvaluator.test(cond, current)) throw ConditionalCheckFailed
 * Map<String, AttributeValue> next = UpdateApplier.apply(u, current);
 *
 * // Query: filter, then key condition, then (after checkAllUsed) the key structure
 * Condition filter = r.condition(ExpressionKind.FILTER, text);
 * Condition key = r.condition(ExpressionKind.KEY_CONDITION, text);
 * r.checkAllUsed();
 * KeyCondition kc = KeyConditionExtractor.extract(key, "PK", Type.S, "SK", Type.S);
 * // kc.partitionValue(), kc.sortCondition() -> operator + bounds for a range scan; test(sk)
 * Map<String, AttributeValue> out = Projector.project(r.projection(text), item);
 * }</pre>
 *
 * <h2>Order of precedence among expression errors (recorded in the engine's test expectations)</h2>
 *
 * <ol>
 *   <li>The attribute maps, before any expression: ExpressionAttributeNames must not be empty,
 *       invalid key ({@code Syntax error; key: "x"}), empty value; then the same for
 *       ExpressionAttributeValues.
 *   <li>Each expression completely, one after another (UpdateItem: update then condition; Query:
 *       filter then key condition). Within one expression:
 *       <ol>
 *         <li>empty text, size over 4096 bytes, then syntax ({@code token}, {@code near});
 *         <li>update only: a repeated clause ({@code The "SET" section can only be used once});
 *         <li>over all paths in written order: reserved word, list index out of {@code int}
 *             range, more than 32 nesting levels;
 *         <li>one left-to-right walk: function name, function allowed here (in an update only
 *             if_not_exists may be nested), operand count, "requires a document path" (after an
 *             undefined {@code :value} in that place), undefined {@code #name} / {@code :value}
 *             (whichever comes first in the text), operand types of literal values, BETWEEN bound
 *             type and order, "first operand must be distinct";
 *         <li>update and projection: overlapping / conflicting paths (pairs in written order).
 *       </ol>
 *   <li>Unused ExpressionAttributeNames, then unused ExpressionAttributeValues (across all
 *       expressions of the request; keys listed in hash-set order, like DynamoDB).
 *   <li>Operation-level checks: an update's key attributes, index key types and paths into key
 *       attributes (in that order), key condition structure
 *       (one condition per key, then "length 1 or 2", then operators and key names, then value
 *       types), then data-dependent errors while evaluating (invalid document path for update,
 *       incorrect operand data type, missing attribute in a SET operand).
 * </ol>
 */
package dev.keyway.engine.expr;
