package dev.keyway.junit;

import dev.keyway.annotation.CreatedAt;
import dev.keyway.annotation.Entity;
import dev.keyway.annotation.Ttl;
import dev.keyway.annotation.UpdatedAt;
import java.time.Instant;

@Entity(table = SessionsTable.class, pk = "SESSION#{id}")
public record Session(String id, @Ttl Instant expiresAt, @CreatedAt Instant createdAt, @UpdatedAt Instant updatedAt) {
  static Session expiringAt(String id, Instant expiresAt) {
    return new Session(id, expiresAt, null, null);
  }
}
