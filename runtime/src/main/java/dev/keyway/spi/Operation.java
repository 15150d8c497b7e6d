package dev.keyway.spi;

import java.util.function.BiFunction;

/**
 * One operation of the DynamoDB API as Keyway serves it: its name on the wire, its request and
 * response types, and how to run it on a {@link Backend}. Every operation has exactly one instance,
 * a constant of {@link Operations}; layers that handle operations generically (the wire protocol,
 * the server, the SDK adapters, {@link Interceptor}s) dispatch through these instead of keeping
 * their own lists.
 *
 * @param <Q> the request record, e.g. {@link dev.keyway.ops.PutItemRequest}
 * @param <R> the response record, or {@link Void} when DynamoDB's response has no members
 */
public final class Operation<Q extends Record, R> extends ApiOperation<Backend, Q, R> {
  Operation(String name, Class<Q> requestType, Class<R> responseType, BiFunction<Backend, Q, R> call) {
    super(name, requestType, responseType, call);
  }
}
