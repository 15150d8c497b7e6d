package dev.keyway.engine.op;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.Put;
import dev.keyway.ops.ReturnConsumedCapacity;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.TransactWriteItemsResponse;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientTokensTest {

  private static TransactWriteItemsRequest request(String token, Map<String, AttributeValue> item) {
    return TransactWriteItemsRequest.builder()
        .clientRequestToken(token)
        .transactItems(List.of(TransactWriteItem.builder()
            .put(Put.builder().tableName("Shop").item(item).build()).build()))
        .build();
  }

  private static Map<String, AttributeValue> ordered(Object... namesAndValues) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      item.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
    }
    return item;
  }

  @Test
  void equalRequestsShareADigestWhateverTheirOrderOrNumberSpelling() {
    var a = request("t", ordered("PK", AttributeValue.s("a"), "n", AttributeValue.n("1"),
        "ss", AttributeValue.stringSet("x", "y")));
    var b = request("t", ordered("ss", AttributeValue.stringSet("y", "x"),
        "n", AttributeValue.n("1.0"), "PK", AttributeValue.s("a")));
    assertThat(a).isEqualTo(b);
    assertThat(RequestDigest.of(a)).isEqualTo(RequestDigest.of(b)).hasSize(32);
  }

  @Test
  void differentRequestsHaveDifferentDigests() {
    var base = request("t", ordered("PK", AttributeValue.s("a"), "SK", AttributeValue.s("b")));
    List<TransactWriteItemsRequest> others = List.of(
        request("t", ordered("PK", AttributeValue.s("a"), "SK", AttributeValue.s("c"))),
        request("t", ordered("PK", AttributeValue.s("a"), "SK", AttributeValue.n("1"))),
        request("t", ordered("PK", AttributeValue.s("a"))),
        request("t", ordered("PK", AttributeValue.s("aSK"), "", AttributeValue.s("b"))),
        base.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build(),
        base.toBuilder().clientRequestToken("u").build());
    for (var other : others) {
      assertThat(RequestDigest.of(other)).as("%s", other).isNotEqualTo(RequestDigest.of(base));
    }
  }

  @Test
  void everyAttributeTypeAndActionCanBeDigested() {
    Map<String, AttributeValue> all = ordered(
        "PK", AttributeValue.s("a"), "n", AttributeValue.n("1.5"), "b", AttributeValue.b(new byte[] {1, 2}),
        "t", AttributeValue.bool(true), "z", AttributeValue.nul(),
        "l", AttributeValue.list(AttributeValue.s("x"), AttributeValue.n(2)),
        "m", AttributeValue.map(Map.of("k", AttributeValue.s("v"))),
        "ss", AttributeValue.stringSet("x"), "ns", AttributeValue.numberSetOf("1", "2"),
        "bs", AttributeValue.binarySet(List.of(dev.keyway.model.Bytes.copyOf(new byte[] {1}), dev.keyway.model.Bytes.copyOf(new byte[] {2}))));
    var request = TransactWriteItemsRequest.builder().clientRequestToken("t").transactItems(List.of(
        TransactWriteItem.builder().put(Put.builder().tableName("Shop").item(all).build()).build(),
        TransactWriteItem.builder().delete(dev.keyway.ops.Delete.builder().tableName("Shop")
            .key(ordered("PK", AttributeValue.s("b"))).conditionExpression("#a = :v")
            .expressionAttributeNames(Map.of("#a", "a")).expressionAttributeValues(all).build()).build()))
        .build();
    assertThat(RequestDigest.of(request)).hasSize(32);
  }

  @Test
  void aRememberedTokenDoesNotKeepItsRequest() {
    ClientTokens tokens = new ClientTokens(Clock.systemUTC());
    String big = "x".repeat(300 * 1024);
    var request = request("t", ordered("PK", AttributeValue.s("a"), "blob", AttributeValue.s(big)));
    WeakReference<TransactWriteItemsRequest> held = new WeakReference<>(request);
    tokens.record("t", request, TransactWriteItemsResponse.builder().build());
    request = null;

    for (int i = 0; i < 50 && held.get() != null; i++) {
      System.gc();
    }

    assertThat(held.get()).as("the 300 KB request is no longer reachable").isNull();
    ClientTokens.Completed done = tokens.find("t");
    assertThat(done.requestDigest()).hasSize(32);
    var repeat = request("t", ordered("PK", AttributeValue.s("a"), "blob", AttributeValue.s(big)));
    assertThat(done.sameRequest(repeat)).isTrue();
    assertThat(done.sameRequest(request("t", ordered("PK", AttributeValue.s("a"))))).isFalse();
  }
}
