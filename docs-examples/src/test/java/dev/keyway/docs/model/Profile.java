package dev.keyway.docs.model;

import dev.keyway.annotation.Attribute;
import dev.keyway.annotation.CreatedAt;
import dev.keyway.annotation.DefaultValue;
import dev.keyway.annotation.Entity;
import dev.keyway.annotation.UpdatedAt;
import dev.keyway.annotation.Version;
import java.time.Instant;

// snippet:start declaration
@Entity(table = NotesTable.class, pk = "USER#{userId}", sk = "PROFILE")
record Profile(String userId, String name,
    @DefaultValue("FREE") Tier tier,                              // added later: old items read FREE
    @Attribute(name = "email", aliases = {"mail"}) String email,  // was stored as "mail"
    @DefaultValue("0") int visits,
    @CreatedAt Instant createdAt,                                 // kept by puts, updates and upserts
    @UpdatedAt long updatedMillis,                                // epoch milliseconds
    @Version long version) {}
// snippet:end declaration
