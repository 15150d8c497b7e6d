package dev.keyway.engine.storage;

/** A table's resource-based policy as stored: the document as it was given, and its revision id. */
public record TablePolicy(String document, String revisionId) {}
