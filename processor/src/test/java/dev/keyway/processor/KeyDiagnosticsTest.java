package dev.keyway.processor;

import static dev.keyway.processor.EntityDiagnosticsTest.entity;
import static dev.keyway.processor.Fixtures.assertSingleError;

import com.google.testing.compile.Compilation;
import dev.keyway.processor.diag.Msg;
import org.junit.jupiter.api.Test;

class KeyDiagnosticsTest {

  @Test
  void unknownFieldWithSuggestion() {
    Compilation c = entity("User", "@Entity(table = ShopTable.class,\n    pk = \"USER#{uid}\", sk = \"PROFILE\")\n"
        + "record User(String userId, String email) {}\n");
    assertSingleError(c, "User.java", Msg.UNKNOWN_TEMPLATE_FIELD,
        "Key template \"USER#{uid}\" refers to unknown field 'uid'; use one of: userId, email.", "pk = \"USER#{uid}\"");
  }

  @Test
  void unknownFieldDidYouMean() {
    Compilation c = entity("User", "@Entity(table = ShopTable.class, pk = \"USER#{userId}\",\n"
        + "    sk = \"E#{emial}\")\nrecord User(String userId, String email) {}\n");
    assertSingleError(c, "User.java", Msg.UNKNOWN_TEMPLATE_FIELD,
        "Key template \"E#{emial}\" refers to unknown field 'emial'; did you mean 'email'? use one of: userId, email.",
        "sk = \"E#{emial}\"");
  }

  @Test
  void malformedTemplate() {
    Compilation c = entity("User", "@Entity(table = ShopTable.class,\n    pk = \"USER#{userId\", sk = \"P\")\n"
        + "record User(String userId) {}\n");
    assertSingleError(c, "User.java", Msg.TEMPLATE_SYNTAX,
        "Key template \"USER#{userId\" is malformed: '{' at position 5 is never closed; write literal text with {field} "
            + "or {field:width} placeholders, e.g. \"USER#{userId}\".",
        "pk = \"USER#{userId\"");
  }

  @Test
  void keyFieldOfUnsupportedType() {
    Compilation c = entity("User", "@Entity(table = ShopTable.class, pk = \"USER#{userId}\",\n    sk = \"T#{tags}\")\n"
        + "record User(String userId, List<String> tags) {}\n");
    assertSingleError(c, "User.java", Msg.KEY_TYPE_UNSUPPORTED,
        "Field 'tags' of type java.util.List<java.lang.String> cannot be part of key template \"T#{tags}\"; use a "
            + "String, an integral number, BigDecimal, an enum, Instant, LocalDate, LocalDateTime, UUID, or add a "
            + "@Converter that produces a string or a number.",
        "sk = \"T#{tags}\"");
  }

  @Test
  void decimalInSortKey() {
    Compilation c = entity("Price", "@Entity(table = ShopTable.class, pk = \"P#{id}\",\n    sk = \"PRICE#{amount}\")\n"
        + "record Price(String id, java.math.BigDecimal amount) {}\n");
    assertSingleError(c, "Price.java", Msg.SORT_KEY_NUMBER_ORDER,
        "Field 'amount' of type java.math.BigDecimal in sort key template \"PRICE#{amount}\" has no order-preserving "
            + "text encoding, so range queries would sort wrongly; use an integral type (e.g. cents as long), or a "
            + "@Converter that writes an order-preserving string.",
        "sk = \"PRICE#{amount}\"");
  }

  @Test
  void bigIntegerInSortKeyNeedsWidth() {
    Compilation c = entity("Price", "@Entity(table = ShopTable.class, pk = \"P#{id}\",\n    sk = \"N#{n}\")\n"
        + "record Price(String id, java.math.BigInteger n) {}\n");
    assertSingleError(c, "Price.java", Msg.SORT_KEY_NUMBER_ORDER,
        "Field 'n' of type java.math.BigInteger in sort key template \"N#{n}\" has no order-preserving text encoding, "
            + "so range queries would sort wrongly; declare a zero-padding width, e.g. {n:20}.",
        "sk = \"N#{n}\"");
  }

  @Test
  void adjacentPlaceholders() {
    Compilation c = entity("Event", "@Entity(table = ShopTable.class, pk = \"E#{id}\",\n    sk = \"{day}-{seq}\")\n"
        + "record Event(String id, LocalDate day, long seq) {}\n");
    assertSingleError(c, "Event.java", Msg.ADJACENT_PLACEHOLDERS,
        "Key template \"{day}-{seq}\" puts {day} and {seq} next to each other, so their values cannot be told apart; "
            + "separate them with '#', e.g. \"{day}#{seq}\".",
        "sk = \"{day}-{seq}\"");
  }

  @Test
  void missingSortKeyTemplate() {
    Compilation c = entity("User", "@Entity(table = ShopTable.class,\n    pk = \"USER#{userId}\")\n"
        + "record User(String userId) {}\n");
    assertSingleError(c, "User.java", Msg.SORT_KEY_MISMATCH,
        "Table \"Shop\" has sort key \"SK\", so User needs a sort key template; add sk = \"USER\" or sk = "
            + "\"{someField}\" to @Entity.",
        "@Entity(");
  }

  @Test
  void widthOnANonIntegralField() {
    Compilation c = entity("User", "@Entity(table = ShopTable.class, pk = \"USER#{userId}\",\n"
        + "    sk = \"N#{name:5}\")\nrecord User(String userId, String name) {}\n");
    assertSingleError(c, "User.java", Msg.WIDTH_HINT,
        "Key template \"N#{name:5}\" gives width 5 to field 'name' of type java.lang.String; a width applies only to "
            + "integral numbers (byte, short, int, long, BigInteger); remove ':5'.",
        "sk = \"N#{name:5}\"");
  }

  @Test
  void emptyTemplate() {
    Compilation c = entity("User", "@Entity(table = ShopTable.class,\n    pk = \"\", sk = \"P\")\n"
        + "record User(String userId) {}\n");
    assertSingleError(c, "User.java", Msg.EMPTY_TEMPLATE,
        "Key template for User is empty; a key needs at least one literal or {field}, e.g. \"USER#{id}\".",
        "pk = \"\"");
  }
}
