package dev.keyway.ops.streams;

public record DescribeStreamResponse(StreamDescription streamDescription) {}
