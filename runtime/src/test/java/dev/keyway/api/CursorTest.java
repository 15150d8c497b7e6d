package dev.keyway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CursorTest {
  @Test
  void roundTripsAKey() {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put("PK", AttributeValue.s("USER#é1"));
    key.put("SK", AttributeValue.n("-12.5"));
    key.put("B", AttributeValue.b(new byte[] {1, 2, 3}));
    Cursor cursor = Cursor.of(key);
    assertThat(cursor.token()).doesNotContain("+", "/", "=");
    assertThat(Cursor.parse(cursor.token()).lastEvaluatedKey()).isEqualTo(key);
    assertThat(Cursor.parse(cursor.token())).isEqualTo(cursor);
  }

  @Test
  void rejectsGarbage() {
    assertThatThrownBy(() -> Cursor.parse("not-a-cursor")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cursor.of(Map.of("A", AttributeValue.bool(true))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pageRequests() {
    PageRequest first = PageRequest.first(10).descending();
    assertThat(first.ascending()).isFalse();
    Cursor c = Cursor.of(Map.of("PK", AttributeValue.s("x")));
    Page<String> page = Page.of(java.util.List.of("a"), c);
    assertThat(page.nextRequest(first)).contains(new PageRequest(10, c, false));
    assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
