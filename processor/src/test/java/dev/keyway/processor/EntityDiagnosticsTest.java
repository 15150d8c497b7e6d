package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.keyway.processor.Fixtures.assertError;
import static dev.keyway.processor.Fixtures.assertSingleError;
import static dev.keyway.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import dev.keyway.processor.diag.Msg;
import org.junit.jupiter.api.Test;

class EntityDiagnosticsTest {
  static final String TABLE = "package t;\nimport dev.keyway.annotation.*;\n"
      + "@Table(name = \"Shop\", globalIndexes = {\n"
      + "  @GlobalIndex(name = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\"),\n"
      + "  @GlobalIndex(name = \"GSI2\", partitionKey = \"GSI2PK\")},\n"
      + "  localIndexes = @LocalIndex(name = \"LSI1\", sortKey = \"LSI1SK\"), ttlAttribute = \"expiresAt\")\n"
      + "interface ShopTable {}\n";
  static final String IMPORTS = "package t;\nimport dev.keyway.annotation.*;\nimport java.util.*;\nimport java.time.*;\n";

  /** Compiles the shared table plus one entity file. */
  static Compilation entity(String name, String body) {
    return compile("t/ShopTable.java", TABLE, "t/" + name + ".java", IMPORTS + body);
  }

  @Test
  void entityOnAnInterface() {
    Compilation c = entity("Thing", "@Entity(table = ShopTable.class, pk = \"T#{id}\", sk = \"T\")\ninterface Thing {}\n");
    assertSingleError(c, "Thing.java", Msg.ENTITY_KIND,
        "@Entity belongs on a record or a class, but Thing is an interface; map a record or a bean class instead.",
        "@Entity(");
  }

  @Test
  void tableWithoutTableAnnotation() {
    Compilation c = entity("Thing", "@Entity(\n    table = String.class, pk = \"T#{id}\", sk = \"T\")\n"
        + "record Thing(String id) {}\n");
    assertSingleError(c, "Thing.java", Msg.ENTITY_TABLE_NOT_TABLE,
        "@Entity(table = String.class) names a type without @Table; annotate String with @Table or name the table "
            + "interface.",
        "table = String.class");
  }

  @Test
  void beanWithoutUsableConstructor() {
    Compilation c = entity("Thing", "@Entity(table = ShopTable.class, pk = \"T#{id}\", sk = \"T\")\n"
        + "class Thing {\n  private String id;\n  public Thing(int unrelated) {}\n"
        + "  public String getId() { return id; }\n}\n");
    assertSingleError(c, "Thing.java", Msg.NO_CONSTRUCTOR,
        "Cannot create t.Thing: it has neither a public no-argument constructor with setters for every field nor a "
            + "public constructor whose parameters are named after its fields (id); add one of them.",
        "@Entity(");
  }

  @Test
  void fieldWithoutGetter() {
    Compilation c = entity("Thing", "@Entity(table = ShopTable.class, pk = \"T#{id}\", sk = \"T\")\n"
        + "class Thing {\n  private String id;\n  private String secret;\n"
        + "  public String getId() { return id; }\n  public void setId(String id) { this.id = id; }\n"
        + "  public void setSecret(String s) { secret = s; }\n}\n");
    assertSingleError(c, "Thing.java", Msg.NO_ACCESSOR,
        "Field 'secret' of Thing has no public accessor; add 'public java.lang.String getSecret()' or make the field "
            + "public, or mark it @Ignore.",
        "private String secret;");
  }

  @Test
  void fieldWithoutSetter() {
    Compilation c = entity("Thing", "@Entity(table = ShopTable.class, pk = \"T#{id}\", sk = \"T\")\n"
        + "class Thing {\n  private String id;\n  private int count;\n"
        + "  public String getId() { return id; }\n  public void setId(String id) { this.id = id; }\n"
        + "  public int getCount() { return count; }\n}\n");
    assertSingleError(c, "Thing.java", Msg.NO_SETTER,
        "Field 'count' of Thing has no public setter and no constructor parameter; add 'public void setCount(int)' "
            + "or mark it @Ignore.",
        "private int count;");
  }

  @Test
  void duplicateTypeName() {
    Compilation c = compile("t/ShopTable.java", TABLE,
        "t/A.java", IMPORTS + "@Entity(table = ShopTable.class, pk = \"A#{id}\", sk = \"A\", type = \"Thing\")\n"
            + "record A(String id) {}\n",
        "t/B.java", IMPORTS + "@Entity(table = ShopTable.class, pk = \"B#{id}\", sk = \"B\",\n    type = \"Thing\")\n"
            + "record B(String id) {}\n");
    assertThat(c).hadErrorCount(1);
    assertError(c, "B.java", Msg.DUPLICATE_TYPE_NAME,
        "Entity type name \"Thing\" is already used by A in table \"Shop\"; set @Entity(type = \"...\") to a distinct "
            + "name.",
        "type = \"Thing\"");
  }

  @Test
  void abstractEntity() {
    Compilation c = entity("Thing", "@Entity(table = ShopTable.class, pk = \"T#{id}\", sk = \"T\")\n"
        + "abstract class Thing {\n  public String id;\n}\n");
    assertSingleError(c, "Thing.java", Msg.ENTITY_ABSTRACT,
        "t.Thing is abstract, so items cannot be read back into it; map a concrete record or class.", "@Entity(");
  }

  @Test
  void validBeansAndRecordsCompileWithoutWarnings() {
    Compilation c = compile("t/ShopTable.java", TABLE,
        "t/Ctor.java", IMPORTS + "@Entity(table = ShopTable.class, pk = \"C#{id}\", sk = \"C\")\n"
            + "class Ctor {\n  private final String id;\n  private final int n;\n"
            + "  public Ctor(int n, String id) { this.id = id; this.n = n; }\n"
            + "  public String getId() { return id; }\n  public int getN() { return n; }\n}\n",
        "t/Pub.java", IMPORTS + "@Entity(table = ShopTable.class, pk = \"P#{id}\", sk = \"P\")\n"
            + "class Pub {\n  public String id;\n  public List<String> names;\n}\n");
    assertThat(c).succeededWithoutWarnings();
  }
}
