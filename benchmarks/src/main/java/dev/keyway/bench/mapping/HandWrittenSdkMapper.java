package dev.keyway.bench.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Hand-written mapping straight to the AWS SDK's {@code AttributeValue} maps, with the builder-free
 * {@code fromS/fromN/...} factories: the same 13 attributes as the generated schema.
 */
final class HandWrittenSdkMapper {
  private static final AttributeValue TYPE = AttributeValue.fromS("BenchOrder");

  private HandWrittenSdkMapper() {}

  static Map<String, AttributeValue> toItem(BenchOrder o) {
    Map<String, AttributeValue> item = new HashMap<>(24);
    item.put("PK", AttributeValue.fromS("USER#" + o.getUserId()));
    item.put("SK", AttributeValue.fromS("ORDER#" + o.getOrderId()));
    item.put("_type", TYPE);
    item.put("userId", AttributeValue.fromS(o.getUserId()));
    item.put("orderId", AttributeValue.fromS(o.getOrderId()));
    item.put("customerName", AttributeValue.fromS(o.getCustomerName()));
    item.put("sequence", AttributeValue.fromN(Long.toString(o.getSequence())));
    item.put("quantity", AttributeValue.fromN(Integer.toString(o.getQuantity())));
    item.put("amount", AttributeValue.fromN(o.getAmount().toPlainString()));
    item.put("gift", AttributeValue.fromBool(o.isGift()));
    item.put("createdAt", AttributeValue.fromS(o.getCreatedAt().toString()));
    List<AttributeValue> tags = new ArrayList<>(o.getTags().size());
    for (String t : o.getTags()) {
      tags.add(AttributeValue.fromS(t));
    }
    item.put("tags", AttributeValue.fromL(tags));
    Map<String, AttributeValue> attributes = new HashMap<>();
    for (Map.Entry<String, String> e : o.getAttributes().entrySet()) {
      attributes.put(e.getKey(), AttributeValue.fromS(e.getValue()));
    }
    item.put("attributes", AttributeValue.fromM(attributes));
    return item;
  }

  static BenchOrder fromItem(Map<String, AttributeValue> item) {
    BenchOrder o = new BenchOrder();
    o.setUserId(item.get("userId").s());
    o.setOrderId(item.get("orderId").s());
    o.setCustomerName(item.get("customerName").s());
    o.setSequence(Long.parseLong(item.get("sequence").n()));
    o.setQuantity(Integer.parseInt(item.get("quantity").n()));
    o.setAmount(new BigDecimal(item.get("amount").n()));
    o.setGift(item.get("gift").bool());
    o.setCreatedAt(Instant.parse(item.get("createdAt").s()));
    List<AttributeValue> l = item.get("tags").l();
    List<String> tags = new ArrayList<>(l.size());
    for (AttributeValue v : l) {
      tags.add(v.s());
    }
    o.setTags(tags);
    Map<String, String> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, AttributeValue> e : item.get("attributes").m().entrySet()) {
      attributes.put(e.getKey(), e.getValue().s());
    }
    o.setAttributes(attributes);
    return o;
  }
}
