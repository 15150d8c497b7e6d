package dev.keyway.bench;

import dev.keyway.model.AttributeValue;
import dev.keyway.model.Bytes;
import dev.keyway.model.DynamoNumber;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;

/** Converts the benchmark's items to the AWS SDK's attribute values, for the server benchmark. */
final class SdkValues {
  private SdkValues() {}

  static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> toSdk(
      Map<String, AttributeValue> item) {
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> out =
        new LinkedHashMap<>();
    item.forEach((k, v) -> out.put(k, toSdk(v)));
    return out;
  }

  static software.amazon.awssdk.services.dynamodb.model.AttributeValue toSdk(AttributeValue v) {
    switch (v.type()) {
      case S:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(
            ((AttributeValue.S) v).value());
      case N:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(
            ((AttributeValue.N) v).text());
      case B:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromB(
            SdkBytes.fromByteArray(((AttributeValue.B) v).value().toByteArray()));
      case BOOL:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBool(
            ((AttributeValue.Bool) v).value());
      case NULL:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromNul(true);
      case L:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromL(
            ((AttributeValue.L) v).values().stream().map(SdkValues::toSdk).toList());
      case M:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromM(
            toSdk(((AttributeValue.M) v).values()));
      case SS:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromSs(
            List.copyOf(((AttributeValue.SS) v).values()));
      case NS:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromNs(
            ((AttributeValue.NS) v).values().stream().map(DynamoNumber::toString).toList());
      case BS:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBs(
            ((AttributeValue.BS) v).values().stream()
                .map(Bytes::toByteArray)
                .map(SdkBytes::fromByteArray)
                .toList());
      default:
        throw new IllegalArgumentException(v.type().toString());
    }
  }
}
