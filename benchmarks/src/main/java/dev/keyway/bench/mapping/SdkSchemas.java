package dev.keyway.bench.mapping;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.math.BigDecimal;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** The AWS SDK Enhanced Client's two schemas for {@link BenchOrder}. */
final class SdkSchemas {
  private SdkSchemas() {}

  static BeanTableSchema<BenchOrder> bean() {
    return TableSchema.fromBean(BenchOrder.class);
  }

  static StaticTableSchema<BenchOrder> statik() {
    return StaticTableSchema.builder(BenchOrder.class)
        .newItemSupplier(BenchOrder::new)
        .addAttribute(String.class, a -> a.name("userId").getter(BenchOrder::getUserId)
            .setter(BenchOrder::setUserId).tags(primaryPartitionKey()))
        .addAttribute(String.class, a -> a.name("orderId").getter(BenchOrder::getOrderId)
            .setter(BenchOrder::setOrderId).tags(primarySortKey()))
        .addAttribute(String.class, a -> a.name("customerName").getter(BenchOrder::getCustomerName)
            .setter(BenchOrder::setCustomerName))
        .addAttribute(Long.class, a -> a.name("sequence").getter(BenchOrder::getSequence)
            .setter(BenchOrder::setSequence))
        .addAttribute(Integer.class, a -> a.name("quantity").getter(BenchOrder::getQuantity)
            .setter(BenchOrder::setQuantity))
        .addAttribute(BigDecimal.class, a -> a.name("amount").getter(BenchOrder::getAmount)
            .setter(BenchOrder::setAmount))
        .addAttribute(Boolean.class, a -> a.name("gift").getter(BenchOrder::isGift).setter(BenchOrder::setGift))
        .addAttribute(Instant.class, a -> a.name("createdAt").getter(BenchOrder::getCreatedAt)
            .setter(BenchOrder::setCreatedAt))
        .addAttribute(EnhancedType.listOf(String.class), a -> a.name("tags").getter(BenchOrder::getTags)
            .setter(BenchOrder::setTags))
        .addAttribute(EnhancedType.mapOf(String.class, String.class), a -> a.name("attributes")
            .getter(BenchOrder::getAttributes).setter(BenchOrder::setAttributes))
        .build();
  }
}
