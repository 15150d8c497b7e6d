package dev.keyway.ops.streams;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.StreamViewType;
import java.time.Instant;
import java.util.Map;

/** The data of a change: keys, the images the stream's view type keeps, and its place. */
public record StreamRecord(
    Instant approximateCreationDateTime,
    Map<String, AttributeValue> keys,
    Map<String, AttributeValue> newImage,
    Map<String, AttributeValue> oldImage,
    String sequenceNumber,
    Long sizeBytes,
    StreamViewType streamViewType) {}
