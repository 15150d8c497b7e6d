package dev.keyway.bench.mapping;

import dev.keyway.model.AttributeValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a careful developer would write by hand against Keyway's item model: the same 13 attributes as
 * the generated {@code BenchOrderSchema} (keys, type, ten fields), no helper layer.
 */
final class HandWrittenItemMapper {
  private static final AttributeValue TYPE = AttributeValue.s("BenchOrder");

  private HandWrittenItemMapper() {}

  static Map<String, AttributeValue> toItem(BenchOrder o) {
    Map<String, AttributeValue> item = new LinkedHashMap<>(24);
    item.put("PK", AttributeValue.s("USER#" + o.getUserId()));
    item.put("SK", AttributeValue.s("ORDER#" + o.getOrderId()));
    item.put("_type", TYPE);
    item.put("userId", AttributeValue.s(o.getUserId()));
    item.put("orderId", AttributeValue.s(o.getOrderId()));
    item.put("customerName", AttributeValue.s(o.getCustomerName()));
    item.put("sequence", AttributeValue.n(o.getSequence()));
    item.put("quantity", AttributeValue.n(o.getQuantity()));
    item.put("amount", AttributeValue.n(o.getAmount()));
    item.put("gift", AttributeValue.bool(o.isGift()));
    item.put("createdAt", AttributeValue.s(o.getCreatedAt().toString()));
    List<AttributeValue> tags = new ArrayList<>(o.getTags().size());
    for (String t : o.getTags()) {
      tags.add(AttributeValue.s(t));
    }
    item.put("tags", AttributeValue.list(tags));
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : o.getAttributes().entrySet()) {
      attributes.put(e.getKey(), AttributeValue.s(e.getValue()));
    }
    item.put("attributes", AttributeValue.map(attributes));
    return item;
  }

  static BenchOrder fromItem(Map<String, AttributeValue> item) {
    BenchOrder o = new BenchOrder();
    o.setUserId(((AttributeValue.S) item.get("userId")).value());
    o.setOrderId(((AttributeValue.S) item.get("orderId")).value());
    o.setCustomerName(((AttributeValue.S) item.get("customerName")).value());
    o.setSequence(((AttributeValue.N) item.get("sequence")).value().longValueExact());
    o.setQuantity(Math.toIntExact(((AttributeValue.N) item.get("quantity")).value().longValueExact()));
    o.setAmount(((AttributeValue.N) item.get("amount")).value().bigDecimalValue());
    o.setGift(((AttributeValue.Bool) item.get("gift")).value());
    o.setCreatedAt(Instant.parse(((AttributeValue.S) item.get("createdAt")).value()));
    List<AttributeValue> l = ((AttributeValue.L) item.get("tags")).values();
    List<String> tags = new ArrayList<>(l.size());
    for (AttributeValue v : l) {
      tags.add(((AttributeValue.S) v).value());
    }
    o.setTags(tags);
    Map<String, String> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, AttributeValue> e : ((AttributeValue.M) item.get("attributes")).values().entrySet()) {
      attributes.put(e.getKey(), ((AttributeValue.S) e.getValue()).value());
    }
    o.setAttributes(attributes);
    return o;
  }
}
