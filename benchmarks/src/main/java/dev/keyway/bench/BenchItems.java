package dev.keyway.bench;

import dev.keyway.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's data: a table keyed by PK/SK, 20 items per partition, each item about 300 bytes
 * by DynamoDB's size rules (strings, a number, a string set, a map and a list).
 */
final class BenchItems {
  static final String TABLE = "bench";
  static final int ITEMS_PER_PARTITION = 20;

  /**
   * The benchmark's one UpdateItem, under {@link #UPDATE_CONDITION}: names {@code #st},
   * {@code #cnt}, {@code #pk}; values {@code :st}, {@code :one}.
   */
  static final String UPDATE_EXPRESSION = "SET #st = :st ADD #cnt :one";

  static final String UPDATE_CONDITION = "attribute_exists(#pk)";

  private BenchItems() {}

  static String partitionKey(int partition) {
    return "CUSTOMER#" + pad(partition, 7);
  }

  static String sortKey(int n) {
    return "ORDER#" + pad(n % ITEMS_PER_PARTITION, 5);
  }

  /**
   * Zero-pads like {@code String.format("%0<width>d", n)} without Formatter's regex and locale work,
   * which otherwise costs more than an in-process GetItem inside every timed request.
   */
  static String pad(int n, int width) {
    String digits = Integer.toString(n);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  static Map<String, AttributeValue> key(int n) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put("PK", AttributeValue.s(partitionKey(n / ITEMS_PER_PARTITION)));
    key.put("SK", AttributeValue.s(sortKey(n)));
    return key;
  }

  static Map<String, AttributeValue> item(int n) {
    Map<String, AttributeValue> item = key(n);
    item.put("customerName", AttributeValue.s("Customer number " + n));
    item.put("email", AttributeValue.s("customer" + n + "@example.com"));
    item.put("status", AttributeValue.s((n & 1) == 0 ? "PENDING" : "PAID"));
    item.put("total", AttributeValue.n(1999 + n % 1000));
    item.put("createdAt", AttributeValue.s("2026-11-22T10:15:30.123Z"));
    item.put("tags", AttributeValue.stringSet("priority", "gift", "express"));
    item.put(
        "shipping",
        AttributeValue.map(
            Map.of(
                "street", AttributeValue.s("221B Baker Street"),
                "city", AttributeValue.s("London"),
                "zip", AttributeValue.s("NW1 6XE"))));
    item.put(
        "lines",
        AttributeValue.list(
            List.of(
                AttributeValue.s("SKU-0001 x2 widget, blue"),
                AttributeValue.s("SKU-0002 x1 gadget, red"),
                AttributeValue.s("SKU-0003 x4 sprocket, steel"))));
    item.put("notes", AttributeValue.s("Leave the parcel with the neighbour if nobody answers."));
    return item;
  }
}
