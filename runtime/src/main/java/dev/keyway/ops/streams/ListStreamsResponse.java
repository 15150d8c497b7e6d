package dev.keyway.ops.streams;

import java.util.List;

/** One page of streams; {@code lastEvaluatedStreamArn} is set when more follow. */
public record ListStreamsResponse(List<StreamSummary> streams, String lastEvaluatedStreamArn) {}
