package dev.keyway.engine.diff;

import dev.keyway.model.AttributeValue;
import dev.keyway.model.Bytes;
import dev.keyway.model.DynamoNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;

/** Converts attribute values between Keyway's model and the AWS SDK v2. */
public final class SdkValues {
  private SdkValues() {}

  public static software.amazon.awssdk.services.dynamodb.model.AttributeValue toSdk(AttributeValue v) {
    if (v instanceof AttributeValue.S s) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(s.value());
    }
    if (v instanceof AttributeValue.N n) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(n.text());
    }
    if (v instanceof AttributeValue.B b) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromB(
          SdkBytes.fromByteArray(b.value().toByteArray()));
    }
    if (v instanceof AttributeValue.Bool b) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBool(b.value());
    }
    if (v instanceof AttributeValue.Null) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromNul(true);
    }
    if (v instanceof AttributeValue.L l) {
      List<software.amazon.awssdk.services.dynamodb.model.AttributeValue> out = new ArrayList<>();
      l.values().forEach(e -> out.add(toSdk(e)));
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromL(out);
    }
    if (v instanceof AttributeValue.M m) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromM(toSdk(m.values()));
    }
    if (v instanceof AttributeValue.SS ss) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromSs(
          new ArrayList<>(ss.values()));
    }
    if (v instanceof AttributeValue.NS ns) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromNs(
          ns.values().stream().map(DynamoNumber::toString).toList());
    }
    AttributeValue.BS bs = (AttributeValue.BS) v;
    return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBs(
        bs.values().stream().map(b -> SdkBytes.fromByteArray(b.toByteArray())).toList());
  }

  public static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> toSdk(
      Map<String, AttributeValue> item) {
    if (item == null) {
      return null;
    }
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> out =
        new LinkedHashMap<>();
    item.forEach((k, v) -> out.put(k, toSdk(v)));
    return out;
  }

  public static List<software.amazon.awssdk.services.dynamodb.model.AttributeValue> toSdkList(
      List<AttributeValue> values) {
    return values == null ? null : values.stream().map(SdkValues::toSdk).toList();
  }

  public static AttributeValue fromSdk(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {
    switch (v.type()) {
      case S:
        return AttributeValue.s(v.s());
      case N:
        return AttributeValue.n(v.n());
      case B:
        return AttributeValue.b(v.b().asByteArray());
      case BOOL:
        return AttributeValue.bool(v.bool());
      case NUL:
        return AttributeValue.nul();
      case L:
        return AttributeValue.list(v.l().stream().map(SdkValues::fromSdk).toList());
      case M:
        return AttributeValue.map(fromSdk(v.m()));
      case SS:
        return AttributeValue.stringSet(v.ss());
      case NS:
        return AttributeValue.numberSet(v.ns().stream().map(DynamoNumber::parse).toList());
      case BS:
        return AttributeValue.binarySet(
            v.bs().stream().map(b -> Bytes.copyOf(b.asByteArray())).toList());
      default:
        throw new IllegalArgumentException("unknown type " + v);
    }
  }

  public static Map<String, AttributeValue> fromSdk(
      Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    if (item == null) {
      return null;
    }
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    item.forEach((k, v) -> out.put(k, fromSdk(v)));
    return out;
  }
}
