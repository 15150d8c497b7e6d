package dev.keyway.samples.telemetry;

import dev.keyway.annotation.Table;

/**
 * The one table of the sample. Each device is a partition ({@code DEVICE#boiler-1}) holding its readings in
 * time order ({@code READING#2026-01-05T10:00:00.000000000Z}) and its summary ({@code SUMMARY}). Readings
 * carry their expiry in {@code expiresAt}, the attribute DynamoDB's time to live reads. The processor generates
 * the facade {@code Telemetry} from it.
 */
@Table(name = "Telemetry", partitionKey = "PK", sortKey = "SK", typeAttribute = "_type", ttlAttribute = "expiresAt")
public interface TelemetryTable {}
