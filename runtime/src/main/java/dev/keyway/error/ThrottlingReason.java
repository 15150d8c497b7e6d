package dev.keyway.error;

/**
 * Why DynamoDB throttled a request, as its {@code ThrottlingReasons} give it: {@code reason} names
 * the resource type, the operation type and the limit (e.g.
 * {@code TableWriteProvisionedThroughputExceeded}, {@code IndexReadKeyRangeThroughputExceeded}),
 * {@code resource} the ARN of the table or index that ran out.
 */
public record ThrottlingReason(String reason, String resource) {}
