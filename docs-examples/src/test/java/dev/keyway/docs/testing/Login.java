package dev.keyway.docs.testing;

import dev.keyway.annotation.Entity;
import dev.keyway.annotation.Ttl;
import java.time.Instant;

@Entity(table = LoginsTable.class, pk = "LOGIN#{token}")
record Login(String token, String userId, @Ttl Instant expiresAt) {}
