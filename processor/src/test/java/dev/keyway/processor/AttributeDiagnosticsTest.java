package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.keyway.processor.EntityDiagnosticsTest.IMPORTS;
import static dev.keyway.processor.EntityDiagnosticsTest.TABLE;
import static dev.keyway.processor.EntityDiagnosticsTest.entity;
import static dev.keyway.processor.Fixtures.assertSingleError;
import static dev.keyway.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import dev.keyway.processor.diag.Msg;
import org.junit.jupiter.api.Test;

class AttributeDiagnosticsTest {
  private static final String ENTITY = "@Entity(table = ShopTable.class, pk = \"U#{id}\", sk = \"U\")\n";

  @Test
  void unsupportedType() {
    Compilation c = entity("User", ENTITY + "record User(String id,\n    Map<Integer, String> byNumber) {}\n");
    assertSingleError(c, "User.java", Msg.UNSUPPORTED_TYPE,
        "Field 'byNumber' has type java.util.Map<java.lang.Integer,java.lang.String>, which Keyway cannot store "
            + "(map keys must be String); use a supported type (String, numbers, boolean, byte[], enums, Instant, "
            + "LocalDate, LocalDateTime, UUID, List, Set, Map<String, ?>, Optional, records or beans) or add @Converter.",
        "Map<Integer, String> byNumber");
  }

  @Test
  void unsupportedSetElement() {
    Compilation c = entity("User", ENTITY + "record User(String id,\n    Set<LocalDate> days) {}\n");
    assertSingleError(c, "User.java", Msg.UNSUPPORTED_TYPE,
        "Field 'days' has type java.util.Set<java.time.LocalDate>, which Keyway cannot store (set elements must be "
            + "strings, numbers, enums or byte[]); use a supported type (String, numbers, boolean, byte[], enums, "
            + "Instant, LocalDate, LocalDateTime, UUID, List, Set, Map<String, ?>, Optional, records or beans) or add "
            + "@Converter.",
        "Set<LocalDate> days");
  }

  @Test
  void duplicateAttributeName() {
    Compilation c = entity("User", ENTITY + "record User(String id, String email,\n"
        + "    @Attribute(name = \"email\") String mail) {}\n");
    assertSingleError(c, "User.java", Msg.DUPLICATE_ATTRIBUTE,
        "Attribute name \"email\" of field 'mail' is already used by field 'email'; rename it with @Attribute(name = "
            + "\"...\").",
        "@Attribute(name = \"email\")");
  }

  @Test
  void attributeNamedLikeAKeyAttribute() {
    Compilation c = entity("User", ENTITY + "record User(String id,\n    String GSI1PK) {}\n");
    assertSingleError(c, "User.java", Msg.DUPLICATE_ATTRIBUTE,
        "Attribute name \"GSI1PK\" of field 'GSI1PK' is already used by the partition key of index \"GSI1\"; rename "
            + "it with @Attribute(name = \"...\").",
        "String GSI1PK");
  }

  @Test
  void versionNotNumeric() {
    Compilation c = entity("User", ENTITY + "record User(String id,\n    @Version String version) {}\n");
    assertSingleError(c, "User.java", Msg.VERSION_TYPE,
        "@Version field 'version' has type java.lang.String; a version must be long, int, Long or Integer.",
        "@Version String version");
  }

  @Test
  void ttlNotEpochSeconds() {
    Compilation c = entity("User", ENTITY + "record User(String id,\n    @Ttl LocalDate expires) {}\n");
    assertSingleError(c, "User.java", Msg.TTL_TYPE,
        "@Ttl field 'expires' has type java.time.LocalDate; TTL needs epoch seconds: use long, Long or Instant.",
        "@Ttl LocalDate expires");
  }

  @Test
  void twoVersionFields() {
    Compilation c = entity("User", ENTITY + "record User(String id, @Version long v1,\n    @Version long v2) {}\n");
    assertSingleError(c, "User.java", Msg.DUPLICATE_MARKER,
        "User declares @Version on both 'v1' and 'v2'; keep it on one field.", "@Version long v2");
  }

  @Test
  void converterOfTheWrongType() {
    Compilation c = compile("t/ShopTable.java", TABLE,
        "t/Upper.java", IMPORTS + "import dev.keyway.model.AttributeValue;\n"
            + "public class Upper implements dev.keyway.api.AttributeConverter<Integer> {\n"
            + "  public AttributeValue toAttributeValue(Integer v) { return AttributeValue.n(v); }\n"
            + "  public Integer fromAttributeValue(AttributeValue v) { return 0; }\n}\n",
        "t/User.java", IMPORTS + ENTITY + "record User(String id,\n    @Converter(Upper.class) String name) {}\n");
    assertSingleError(c, "User.java", Msg.CONVERTER_INVALID,
        "Converter t.Upper cannot be used on field 'name': it does not implement AttributeConverter<java.lang.String>.",
        "@Converter(Upper.class)");
  }

  @Test
  void ttlWithoutTableTtlAttribute() {
    Compilation c = compile("t/T2.java", "package t;\nimport dev.keyway.annotation.*;\n@Table(name = \"Other\")\n"
        + "interface T2 {}\n", "t/User.java", IMPORTS + "@Entity(table = T2.class, pk = \"U#{id}\", sk = \"U\")\n"
        + "record User(String id,\n    @Ttl long expires) {}\n");
    assertSingleError(c, "User.java", Msg.TTL_WITHOUT_TABLE_ATTRIBUTE,
        "@Ttl field 'expires' needs a TTL attribute, but table \"Other\" declares no ttlAttribute; set "
            + "@Table(ttlAttribute = \"expiresAt\").",
        "@Ttl long expires");
  }

  @Test
  void emptyAttributeName() {
    Compilation c = entity("User", ENTITY + "record User(String id,\n    @Attribute(name = \"\") String email) {}\n");
    assertSingleError(c, "User.java", Msg.ATTRIBUTE_NAME_INVALID,
        "@Attribute name \"\" is not valid; an attribute name must have 1 to 255 characters.",
        "@Attribute(name = \"\")");
  }

  @Test
  void everySupportedTypeCompilesWithoutWarnings() {
    Compilation c = compile("t/ShopTable.java", TABLE, "t/Everything.java", IMPORTS
        + "import java.math.*;\n"
        + "@Entity(table = ShopTable.class, pk = \"E#{id}\", sk = \"E\")\n"
        + "record Everything(String id, boolean b, Boolean bb, byte by, short sh, int i, Integer ii, long l, Long ll,\n"
        + "  float f, double d, BigDecimal dec, BigInteger big, byte[] bytes, Instant at, LocalDate day,\n"
        + "  LocalDateTime when, UUID uuid, Thread.State state, List<String> list, List<List<Integer>> nested,\n"
        + "  Set<String> ss, Set<Long> ns, Set<byte[]> bs, Set<Thread.State> es, Map<String, Double> m,\n"
        + "  Map<String, List<Part>> parts, Optional<String> maybe, Part part, Optional<Part> maybePart) {\n"
        + "  record Part(String name, Optional<Integer> count) {}\n}\n");
    assertThat(c).succeededWithoutWarnings();
  }
}
