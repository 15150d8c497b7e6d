package dev.keyway.bench.mapping;

import dev.keyway.model.AttributeValue;
import dev.keyway.model.Bytes;
import dev.keyway.model.DynamoNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Keyway items to and from AWS SDK attribute value maps, with the SDK's builder-free factories. A
 * stand-in for the runtime's {@code dev.keyway.aws} converters, which are not on main yet: the AWS-path
 * figures measure generated mapping followed by this conversion.
 */
final class SdkItems {
  private SdkItems() {}

  static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> toSdk(
      Map<String, AttributeValue> item) {
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> out =
        new HashMap<>((int) (item.size() / 0.75f) + 1);
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      out.put(e.getKey(), toSdk(e.getValue()));
    }
    return out;
  }

  static software.amazon.awssdk.services.dynamodb.model.AttributeValue toSdk(AttributeValue v) {
    switch (v.type()) {
      case S:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(((AttributeValue.S) v).value());
      case N:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(((AttributeValue.N) v).text());
      case B:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromB(
            SdkBytes.fromByteArrayUnsafe(((AttributeValue.B) v).value().toByteArray()));
      case BOOL:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBool(((AttributeValue.Bool) v).value());
      case NULL:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromNul(true);
      case L: {
        List<AttributeValue> values = ((AttributeValue.L) v).values();
        List<software.amazon.awssdk.services.dynamodb.model.AttributeValue> out = new ArrayList<>(values.size());
        for (AttributeValue x : values) {
          out.add(toSdk(x));
        }
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromL(out);
      }
      case M:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromM(toSdk(((AttributeValue.M) v).values()));
      case SS:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromSs(
            new ArrayList<>(((AttributeValue.SS) v).values()));
      case NS: {
        List<String> out = new ArrayList<>();
        for (DynamoNumber n : ((AttributeValue.NS) v).values()) {
          out.add(n.toString());
        }
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromNs(out);
      }
      case BS: {
        List<SdkBytes> out = new ArrayList<>();
        for (Bytes b : ((AttributeValue.BS) v).values()) {
          out.add(SdkBytes.fromByteArrayUnsafe(b.toByteArray()));
        }
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBs(out);
      }
      default:
        throw new IllegalArgumentException(v.type().toString());
    }
  }

  static Map<String, AttributeValue> fromSdk(
      Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    Map<String, AttributeValue> out = new LinkedHashMap<>((int) (item.size() / 0.75f) + 1);
    for (Map.Entry<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> e : item.entrySet()) {
      out.put(e.getKey(), fromSdk(e.getValue()));
    }
    return out;
  }

  static AttributeValue fromSdk(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {
    switch (v.type()) {
      case S:
        return new AttributeValue.S(v.s());
      case N:
        return new AttributeValue.N(DynamoNumber.parse(v.n()));
      case B:
        return new AttributeValue.B(Bytes.copyOf(v.b().asByteArrayUnsafe()));
      case BOOL:
        return AttributeValue.bool(v.bool());
      case NUL:
        return AttributeValue.nul();
      case L: {
        List<AttributeValue> out = new ArrayList<>(v.l().size());
        for (software.amazon.awssdk.services.dynamodb.model.AttributeValue x : v.l()) {
          out.add(fromSdk(x));
        }
        return new AttributeValue.L(out);
      }
      case M:
        return new AttributeValue.M(fromSdk(v.m()));
      case SS:
        return AttributeValue.stringSet(v.ss());
      case NS: {
        List<DynamoNumber> out = new ArrayList<>(v.ns().size());
        for (String n : v.ns()) {
          out.add(DynamoNumber.parse(n));
        }
        return AttributeValue.numberSet(out);
      }
      case BS: {
        List<Bytes> out = new ArrayList<>();
        for (SdkBytes b : v.bs()) {
          out.add(Bytes.copyOf(b.asByteArrayUnsafe()));
        }
        return AttributeValue.binarySet(out);
      }
      default:
        throw new IllegalArgumentException(String.valueOf(v.type()));
    }
  }
}
