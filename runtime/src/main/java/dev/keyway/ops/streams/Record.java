package dev.keyway.ops.streams;

import dev.keyway.ops.WireName;

/** One change as the Streams API returns it; {@code userIdentity} is set for TTL deletions only. */
public record Record(
    @WireName("eventID") String eventID,
    @WireName("eventName") OperationType eventName,
    @WireName("eventVersion") String eventVersion,
    @WireName("eventSource") String eventSource,
    @WireName("awsRegion") String awsRegion,
    @WireName("dynamodb") StreamRecord dynamodb,
    @WireName("userIdentity") Identity userIdentity) {}
