package dev.keyway.junit;

import dev.keyway.annotation.Entity;

@Entity(table = EventsTable.class, pk = "EVENT#{id}")
public record Event(String id, String text) {}
