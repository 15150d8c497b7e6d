package dev.keyway.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Item sizes by DynamoDB's published rules: name bytes plus value bytes; strings UTF-8; numbers
 * about one byte per two significant digits plus one; binaries raw; BOOL and NULL one byte; lists
 * and maps three bytes plus one byte per element.
 */
class ItemSizeTest {

  private static long size(String name, AttributeValue value) {
    return ItemSize.of(Map.of(name, value));
  }

  @Test
  void scalars() {
    assertThat(size("name", AttributeValue.s("Ann"))).isEqualTo(4 + 3);
    assertThat(size("näme", AttributeValue.s("€"))).isEqualTo(5 + 3);
    assertThat(size("n", AttributeValue.n("12345"))).isEqualTo(1 + 3 + 1);
    assertThat(size("n", AttributeValue.n("-1"))).isEqualTo(1 + 1 + 1 + 1);
    assertThat(size("bin", AttributeValue.b(new byte[] {1, 2, 3, 4}))).isEqualTo(3 + 4);
    assertThat(size("ok", AttributeValue.bool(true))).isEqualTo(2 + 1);
    assertThat(size("gone", AttributeValue.nul())).isEqualTo(4 + 1);
    assertThat(size("e", AttributeValue.s(""))).isEqualTo(1);
  }

  @Test
  void documentsCostThreeBytesPlusOnePerElement() {
    assertThat(size("l", AttributeValue.list())).isEqualTo(1 + 3);
    assertThat(size("m", AttributeValue.map(Map.of()))).isEqualTo(1 + 3);
    assertThat(size("l", AttributeValue.list(AttributeValue.s("ab"), AttributeValue.bool(false))))
        .isEqualTo(1 + 3 + (1 + 2) + (1 + 1));
    assertThat(size("m", AttributeValue.map(Map.of("key", AttributeValue.s("v")))))
        .isEqualTo(1 + 3 + (1 + 3 + 1));
    AttributeValue nested = AttributeValue.list(AttributeValue.list(AttributeValue.nul()));
    assertThat(size("l", nested)).isEqualTo(1 + 3 + 1 + (3 + 1 + 1));
  }

  @Test
  void setsAreTheSumOfTheirElements() {
    assertThat(size("ss", AttributeValue.stringSet("a", "bc"))).isEqualTo(2 + 1 + 2);
    assertThat(size("ns", AttributeValue.numberSetOf("1", "12345"))).isEqualTo(2 + 2 + 4);
    assertThat(size("bs", AttributeValue.binarySet(
            List.of(Bytes.copyOf(new byte[] {1}), Bytes.copyOf(new byte[] {1, 2})))))
        .isEqualTo(2 + 1 + 2);
  }

  @Test
  void workedExampleItem() {
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    attributes.put("id", AttributeValue.s("abc")); // 2 + 3 = 5
    attributes.put("n", AttributeValue.n("12345")); // 1 + 4 = 5
    attributes.put("ok", AttributeValue.bool(true)); // 2 + 1 = 3
    attributes.put("nul", AttributeValue.nul()); // 3 + 1 = 4
    attributes.put("bin", AttributeValue.b(new byte[3])); // 3 + 3 = 6
    attributes.put("l", AttributeValue.list(AttributeValue.s("x"), AttributeValue.n(1))); // 1+3+2+3=9
    attributes.put("m", AttributeValue.map(Map.of("k", AttributeValue.s("vv")))); // 1+3+1+1+2=8
    attributes.put("ss", AttributeValue.stringSet("a", "bc")); // 2 + 3 = 5
    Item item = Item.of(attributes);
    assertThat(item.sizeInBytes()).isEqualTo(45);
    assertThat(item.sizeInBytes()).isLessThan(ItemSize.MAX_ITEM_BYTES);
    Key key = Key.of("id", AttributeValue.s("abc"), "n", AttributeValue.n("12345"));
    assertThat(key.sizeInBytes()).isEqualTo(10);
    assertThat(key.toItem().sizeInBytes()).isEqualTo(10);
  }

  @Test
  void itemIsImmutable() {
    Item item = Item.builder().s("a", "x").n("b", 1).build();
    Item changed = item.with("c", AttributeValue.bool(true)).without("a");
    assertThat(item.attributeCount()).isEqualTo(2);
    assertThat(changed.attributes().keySet()).containsExactly("b", "c");
    assertThat(item.get("a")).contains(AttributeValue.s("x"));
    assertThat(Item.empty().isEmpty()).isTrue();
  }
}
