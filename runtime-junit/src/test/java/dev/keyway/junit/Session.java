package dev.keyway.junit;

import dev.keyway.annotation.Entity;
import dev.keyway.annotation.Ttl;
import java.time.Instant;

@Entity(table = SessionsTable.class, pk = "SESSION#{id}")
public record Session(String id, @Ttl Instant expiresAt) {}
