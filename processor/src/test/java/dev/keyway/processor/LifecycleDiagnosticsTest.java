package dev.keyway.processor;

import static dev.keyway.processor.EntityDiagnosticsTest.entity;
import static dev.keyway.processor.Fixtures.assertSingleError;

import com.google.testing.compile.Compilation;
import dev.keyway.processor.diag.Msg;
import org.junit.jupiter.api.Test;

/** Diagnostics of model evolution and timestamps: @DefaultValue, @Attribute(aliases), @CreatedAt, @UpdatedAt. */
class LifecycleDiagnosticsTest {
  private static final String ENTITY = "@Entity(table = ShopTable.class, pk = \"U#{id}\", sk = \"U\")\n";

  @Test
  void defaultNotANumber() {
    Compilation c = entity("User", ENTITY + "record User(String id,\n    @DefaultValue(\"many\") int visits) {}\n");
    assertSingleError(c, "User.java", Msg.DEFAULT_VALUE_INVALID,
        "@DefaultValue(\"many\") on field 'visits' is not a whole number; write digits such as \"0\".",
        "@DefaultValue(\"many\")");
  }

  @Test
  void defaultOutOfRange() {
    Compilation c = entity("User", ENTITY + "record User(String id,\n    @DefaultValue(\"3000000000\") Integer visits) {}\n");
    assertSingleError(c, "User.java", Msg.DEFAULT_VALUE_INVALID,
        "@DefaultValue(\"3000000000\") on field 'visits' is not within the range of int (-2147483648 to 2147483647).",
        "@DefaultValue(\"3000000000\")");
  }

  @Test
  void defaultNotAnEnumConstant() {
    Compilation c = entity("User", "enum Tier { FREE, PRO }\n" + ENTITY
        + "record User(String id,\n    @DefaultValue(\"GOLD\") Tier tier) {}\n");
    assertSingleError(c, "User.java", Msg.DEFAULT_VALUE_INVALID,
        "@DefaultValue(\"GOLD\") on field 'tier' is not a constant of Tier; use one of: FREE, PRO.",
        "@DefaultValue(\"GOLD\")");
  }

  @Test
  void defaultOnAListIsNotSupported() {
    Compilation c = entity("User", ENTITY + "record User(String id,\n    @DefaultValue(\"[]\") List<String> tags) {}\n");
    assertSingleError(c, "User.java", Msg.DEFAULT_VALUE_INVALID,
        "@DefaultValue(\"[]\") on field 'tags' is not supported for type java.util.List<java.lang.String>; defaults "
            + "exist for String, numbers, boolean and enums.",
        "@DefaultValue(\"[]\")");
  }

  @Test
  void timestampOfTheWrongType() {
    Compilation c = entity("User", ENTITY + "record User(String id,\n    @UpdatedAt LocalDate changed) {}\n");
    assertSingleError(c, "User.java", Msg.STAMP_TYPE,
        "@UpdatedAt field 'changed' has type java.time.LocalDate; a timestamp is an Instant, or a long or Long "
            + "holding epoch milliseconds.",
        "@UpdatedAt LocalDate changed");
  }

  @Test
  void twoCreatedAtFields() {
    Compilation c = entity("User", ENTITY + "record User(String id, @CreatedAt Instant created,\n"
        + "    @CreatedAt long createdMillis) {}\n");
    assertSingleError(c, "User.java", Msg.DUPLICATE_MARKER,
        "User declares @CreatedAt on both 'created' and 'createdMillis'; keep it on one field.",
        "@CreatedAt long createdMillis");
  }

  @Test
  void createdAndUpdatedOnOneField() {
    Compilation c = entity("User", ENTITY + "record User(String id,\n    @CreatedAt @UpdatedAt Instant at) {}\n");
    assertSingleError(c, "User.java", Msg.STAMP_CONFLICT,
        "Field 'at' is both @CreatedAt and @UpdatedAt; a field holds one timestamp, so keep one annotation.",
        "@CreatedAt @UpdatedAt Instant at");
  }

  @Test
  void aliasNamingAnotherFieldsAttribute() {
    Compilation c = entity("User", ENTITY + "record User(String id, String email,\n"
        + "    @Attribute(aliases = {\"email\"}) String contact) {}\n");
    assertSingleError(c, "User.java", Msg.ALIAS_CONFLICT,
        "Alias \"email\" of field 'contact' is already the attribute of field 'email', so items would be read into "
            + "the wrong field; remove the alias or rename one of the attributes.",
        "aliases = {\"email\"}");
  }
}
