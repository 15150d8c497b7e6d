package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.keyway.processor.EntityDiagnosticsTest.IMPORTS;
import static dev.keyway.processor.EntityDiagnosticsTest.TABLE;
import static dev.keyway.processor.Fixtures.assertError;
import static dev.keyway.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import dev.keyway.processor.diag.Msg;
import org.junit.jupiter.api.Test;

class CollisionDiagnosticsTest {

  @Test
  void keysThatCanCollideOnTheTable() {
    Compilation c = compile("t/ShopTable.java", TABLE,
        "t/Customer.java", IMPORTS + "@Entity(table = ShopTable.class, pk = \"USER#{userId}\", sk = \"{name}\")\n"
            + "record Customer(String userId, String name) {}\n",
        "t/Admin.java", IMPORTS + "@Entity(table = ShopTable.class,\n    pk = \"USER#{adminId}\", sk = \"A{level}\")\n"
            + "record Admin(String adminId, int level) {}\n");
    assertThat(c).hadErrorCount(1);
    assertError(c, "Admin.java", Msg.KEY_COLLISION,
        "Keys of Admin (pk \"USER#{adminId}\", sk \"A{level}\") can be equal to keys of Customer (pk \"USER#{userId}\", "
            + "sk \"{name}\") on table \"Shop\", so one entity could overwrite the other; start one of the templates "
            + "with a distinct literal prefix, e.g. \"ADMIN#...\".",
        "pk = \"USER#{adminId}\"");
  }

  @Test
  void indexTypesThatCannotBeToldApart() {
    String table = "package t;\nimport dev.keyway.annotation.*;\n@Table(name = \"Plain\", typeAttribute = \"\",\n"
        + "  globalIndexes = @GlobalIndex(name = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\"))\n"
        + "interface PlainTable {}\n";
    Compilation c = compile("t/PlainTable.java", table,
        "t/A.java", IMPORTS + "@Entity(table = PlainTable.class, pk = \"A#{id}\", sk = \"A\")\n"
            + "@IndexKey(index = \"GSI1\", pk = \"DAY#{day}\", sk = \"{id}\")\nrecord A(String id, LocalDate day) {}\n",
        "t/B.java", IMPORTS + "@Entity(table = PlainTable.class, pk = \"B#{id}\", sk = \"B\")\n"
            + "@IndexKey(\n    index = \"GSI1\", pk = \"DAY#{day}\", sk = \"{id}\")\nrecord B(String id, LocalDate day) {}\n");
    assertThat(c).hadErrorCount(1);
    assertError(c, "B.java", Msg.INDEX_TYPES_INDISTINCT,
        "On index \"GSI1\", keys of B can be equal to keys of A and table \"Plain\" has no typeAttribute, so a query "
            + "cannot tell the types apart; give the index templates distinct literal prefixes or set "
            + "@Table(typeAttribute = \"_type\").",
        "index = \"GSI1\"");
  }

  @Test
  void sharedPartitionWithoutPrefixOrTypeAttribute() {
    String table = "package t;\nimport dev.keyway.annotation.*;\n@Table(name = \"Plain\", typeAttribute = \"\")\n"
        + "interface PlainTable {}\n";
    Compilation c = compile("t/PlainTable.java", table,
        "t/Customer.java", IMPORTS + "@Entity(table = PlainTable.class, pk = \"USER#{userId}\", sk = \"PROFILE\")\n"
            + "record Customer(String userId) {}\n",
        "t/Visit.java", IMPORTS + "@Entity(table = PlainTable.class, pk = \"USER#{userId}\",\n    sk = \"{day}#{n}\")\n"
            + "record Visit(String userId, LocalDate day, int n) {}\n");
    assertThat(c).hadErrorCount(1);
    assertError(c, "Visit.java", Msg.PARTITION_TYPES_INDISTINCT,
        "Items of Visit and Customer can share a partition of table \"Plain\", and the sort key template \"{day}#{n}\" "
            + "of Visit does not start with literal text, so a query for Visit would also read items of Customer without "
            + "telling them apart; start that template with a literal prefix such as \"VISIT#\" or set "
            + "@Table(typeAttribute = \"_type\").",
        "sk = \"{day}#{n}\"");
  }

  @Test
  void distinctSegmentsDoNotCollide() {
    Compilation c = compile("t/ShopTable.java", TABLE,
        "t/Customer.java", IMPORTS + "@Entity(table = ShopTable.class, pk = \"USER#{userId}\", sk = \"PROFILE\")\n"
            + "record Customer(String userId) {}\n",
        "t/Order.java", IMPORTS + "@Entity(table = ShopTable.class, pk = \"USER#{userId}\", sk = \"ORDER#{id}\")\n"
            + "record Order(String userId, String id) {}\n",
        "t/Address.java", IMPORTS + "@Entity(table = ShopTable.class, pk = \"USER#{userId}\", sk = \"ADDR#{id}\")\n"
            + "record Address(String userId, String id) {}\n");
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void sameFieldEncodedDifferentlyInASharedPartition() {
    Compilation c = compile("t/ShopTable.java", TABLE,
        "t/Deposit.java", IMPORTS + "@Entity(table = ShopTable.class, pk = \"ACC#{account}\", sk = \"{seq}#D\")\n"
            + "record Deposit(String account, int seq) {}\n",
        "t/Withdrawal.java", IMPORTS + "@Entity(table = ShopTable.class, pk = \"ACC#{account}\",\n"
            + "    sk = \"{seq}#W\")\nrecord Withdrawal(String account, long seq) {}\n");
    assertThat(c).hadErrorCount(1);
    assertError(c, "Withdrawal.java", Msg.KEY_ENCODING_MISMATCH,
        "Field 'seq' is written as a number zero-padded to 19 digits in template \"{seq}#W\" of Withdrawal but as a "
            + "number zero-padded to 10 digits in template \"{seq}#D\" of Deposit, and both keys can share a partition "
            + "of table \"Shop\", so equal values give different keys and mixed results sort wrongly; give 'seq' the "
            + "same type (or the same {seq:width}) in both entities.",
        "sk = \"{seq}#W\"");
  }

  @Test
  void sameFieldEncodedDifferentlyInAnIndexPartitionKey() {
    Compilation c = compile("t/ShopTable.java", TABLE,
        "t/Card.java", IMPORTS + "@Entity(table = ShopTable.class, pk = \"CARD#{id}\", sk = \"C\")\n"
            + "@IndexKey(index = \"GSI2\", pk = \"ACC#{account}\")\nrecord Card(String id, int account) {}\n",
        "t/Loan.java", IMPORTS + "@Entity(table = ShopTable.class, pk = \"LOAN#{id}\", sk = \"L\")\n"
            + "@IndexKey(\n    index = \"GSI2\", pk = \"ACC#{account:10}\")\nrecord Loan(String id, long account) {}\n");
    assertThat(c).succeededWithoutWarnings(); // same width declared: same encoding
    Compilation bad = compile("t/ShopTable.java", TABLE,
        "t/Card.java", IMPORTS + "@Entity(table = ShopTable.class, pk = \"CARD#{id}\", sk = \"C\")\n"
            + "@IndexKey(index = \"GSI2\", pk = \"ACC#{account}\")\nrecord Card(String id, int account) {}\n",
        "t/Loan.java", IMPORTS + "@Entity(table = ShopTable.class, pk = \"LOAN#{id}\", sk = \"L\")\n"
            + "@IndexKey(\n    index = \"GSI2\", pk = \"ACC#{account}\")\nrecord Loan(String id, String account) {}\n");
    assertThat(bad).hadErrorCount(1);
    assertError(bad, "Loan.java", Msg.KEY_ENCODING_MISMATCH,
        "Field 'account' is written as text in template \"ACC#{account}\" of Loan but as a number zero-padded to 10 "
            + "digits in template \"ACC#{account}\" of Card, and both keys can share index \"GSI2\", so equal values "
            + "give different keys and mixed results sort wrongly; give 'account' the same type (or the same "
            + "{account:width}) in both entities.",
        "index = \"GSI2\"");
  }
}
