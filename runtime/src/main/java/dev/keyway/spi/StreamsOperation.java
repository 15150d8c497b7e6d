package dev.keyway.spi;

import java.util.function.BiFunction;

/**
 * One operation of the DynamoDB Streams API, run on a {@link StreamsBackend}: the counterpart of
 * {@link Operation} for the second service; every instance is a constant of {@link StreamsOperations}.
 */
public final class StreamsOperation<Q extends Record, R extends Record> extends ApiOperation<StreamsBackend, Q, R> {
  StreamsOperation(String name, Class<Q> requestType, Class<R> responseType, BiFunction<StreamsBackend, Q, R> call) {
    super(name, requestType, responseType, call);
  }
}
