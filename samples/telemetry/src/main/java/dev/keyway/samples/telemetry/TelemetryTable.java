package dev.keyway.samples.telemetry;

import dev.keyway.annotation.Table;
import dev.keyway.annotation.Table.StreamView;

/**
 * The one table of the sample. Each device is a partition ({@code DEVICE#boiler-1}) holding its readings in
 * time order ({@code READING#2026-01-05T10:00:00.000000000Z}) and its summary ({@code SUMMARY}). Readings
 * carry their expiry in {@code expiresAt}, the attribute DynamoDB's time to live reads. The stream keeps old and
 * new images: taking a reading out of a summary needs the value it had. The processor generates the facade
 * {@code Telemetry} from it; its {@code createTableIfAbsent()} enables both.
 */
@Table(name = "Telemetry", partitionKey = "PK", sortKey = "SK", typeAttribute = "_type", ttlAttribute = "expiresAt",
    stream = StreamView.NEW_AND_OLD_IMAGES)
public interface TelemetryTable {}
