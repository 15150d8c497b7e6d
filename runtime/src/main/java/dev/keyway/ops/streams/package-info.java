/**
 * Requests and responses of the DynamoDB Streams API (version 2012-08-10, target prefix
 * {@code DynamoDBStreams_20120810.}), with the service's member names in lower camel case. Null
 * fields are absent from the request or response.
 */
package dev.keyway.ops.streams;
