package dev.keyway.bench.mapping;

import dev.keyway.annotation.Entity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * The 10-field entity every mapper in the benchmark converts: three strings, a long, an int, a
 * BigDecimal, a boolean, an Instant, a List of strings and a Map of strings. One bean class serves all
 * mappers: Keyway's processor reads {@code @Entity}, the Enhanced Client's BeanTableSchema reads
 * {@code @DynamoDbBean}.
 */
@Entity(table = BenchTable.class, pk = "USER#{userId}", sk = "ORDER#{orderId}")
@DynamoDbBean
public class BenchOrder {
  private String userId;
  private String orderId;
  private String customerName;
  private long sequence;
  private int quantity;
  private BigDecimal amount;
  private boolean gift;
  private Instant createdAt;
  private List<String> tags;
  private Map<String, String> attributes;

  public BenchOrder() {}

  /** The instance the benchmarks convert. */
  public static BenchOrder sample() {
    BenchOrder o = new BenchOrder();
    o.setUserId("user-4711");
    o.setOrderId("order-000123");
    o.setCustomerName("Ann Example");
    o.setSequence(1_700_000_123_456L);
    o.setQuantity(3);
    o.setAmount(new BigDecimal("149.97"));
    o.setGift(true);
    o.setCreatedAt(Instant.ofEpochMilli(1_709_296_496_789L)); // 2024-03-01T12:34:56.789Z
    o.setTags(List.of("express", "fragile", "promo"));
    o.setAttributes(Map.of("color", "blue", "size", "M", "channel", "web"));
    return o;
  }

  @DynamoDbPartitionKey
  public String getUserId() { return userId; }
  public void setUserId(String userId) { this.userId = userId; }
  @DynamoDbSortKey
  public String getOrderId() { return orderId; }
  public void setOrderId(String orderId) { this.orderId = orderId; }
  public String getCustomerName() { return customerName; }
  public void setCustomerName(String customerName) { this.customerName = customerName; }
  public long getSequence() { return sequence; }
  public void setSequence(long sequence) { this.sequence = sequence; }
  public int getQuantity() { return quantity; }
  public void setQuantity(int quantity) { this.quantity = quantity; }
  public BigDecimal getAmount() { return amount; }
  public void setAmount(BigDecimal amount) { this.amount = amount; }
  public boolean isGift() { return gift; }
  public void setGift(boolean gift) { this.gift = gift; }
  public Instant getCreatedAt() { return createdAt; }
  public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
  public List<String> getTags() { return tags; }
  public void setTags(List<String> tags) { this.tags = tags; }
  public Map<String, String> getAttributes() { return attributes; }
  public void setAttributes(Map<String, String> attributes) { this.attributes = attributes; }
}
