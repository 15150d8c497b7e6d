package dev.keyway.ops.streams;

public record SequenceNumberRange(String startingSequenceNumber, String endingSequenceNumber) {}
