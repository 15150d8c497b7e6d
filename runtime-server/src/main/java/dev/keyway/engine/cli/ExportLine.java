package dev.keyway.engine.cli;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** One line of a DynamoDB JSON export data file: {@code {"Item":{...}}}. */
public record ExportLine(Map<String, AttributeValue> item) {}
