package dev.keyway.junit;

import dev.keyway.annotation.Entity;

@Entity(table = CountersTable.class, pk = "COUNTER#{name}")
public record Counter(String name, long value) {}
