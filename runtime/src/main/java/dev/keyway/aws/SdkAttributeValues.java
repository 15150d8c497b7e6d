package dev.keyway.aws;

import dev.keyway.error.ValidationException;
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
 * Keyway's {@link AttributeValue} to and from the AWS SDK v2's
 * {@link software.amazon.awssdk.services.dynamodb.model.AttributeValue}, on the hot path of both
 * adapters: SDK values are made with the builder-free {@code fromS/fromN/...} factories.
 */
public final class SdkAttributeValues {
  private SdkAttributeValues() {}

  public static software.amazon.awssdk.services.dynamodb.model.AttributeValue toSdk(AttributeValue value) {
    switch (value.type()) {
      case S:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(((AttributeValue.S) value).value());
      case N:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(
            ((AttributeValue.N) value).value().toString());
      case B:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromB(
            SdkBytes.fromByteArrayUnsafe(((AttributeValue.B) value).value().toByteArray()));
      case BOOL:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBool(((AttributeValue.Bool) value).value());
      case NULL:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromNul(true);
      case L:
        {
          List<AttributeValue> values = ((AttributeValue.L) value).values();
          List<software.amazon.awssdk.services.dynamodb.model.AttributeValue> out = new ArrayList<>(values.size());
          for (AttributeValue v : values) {
            out.add(toSdk(v));
          }
          return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromL(out);
        }
      case M:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromM(toSdk(((AttributeValue.M) value).values()));
      case SS:
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromSs(
            new ArrayList<>(((AttributeValue.SS) value).values()));
      case NS:
        {
          List<String> out = new ArrayList<>();
          for (DynamoNumber n : ((AttributeValue.NS) value).values()) {
            out.add(n.toString());
          }
          return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromNs(out);
        }
      case BS:
        {
          List<SdkBytes> out = new ArrayList<>();
          for (Bytes b : ((AttributeValue.BS) value).values()) {
            out.add(SdkBytes.fromByteArrayUnsafe(b.toByteArray()));
          }
          return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBs(out);
        }
      default:
        throw new IllegalArgumentException("unknown attribute value type " + value.type());
    }
  }

  public static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> toSdk(
      Map<String, AttributeValue> item) {
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> out = new HashMap<>(capacity(item.size()));
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      out.put(e.getKey(), toSdk(e.getValue()));
    }
    return out;
  }

  /**
   * An SDK value as Keyway's. A value with no type set, or several, is DynamoDB's
   * ValidationException; numbers are validated as DynamoDB does.
   */
  public static AttributeValue fromSdk(software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {
    switch (value.type()) {
      case S:
        return new AttributeValue.S(value.s());
      case N:
        return new AttributeValue.N(DynamoNumber.parse(value.n()));
      case B:
        return new AttributeValue.B(Bytes.copyOf(value.b().asByteArrayUnsafe()));
      case BOOL:
        return AttributeValue.bool(value.bool());
      case NUL:
        if (!Boolean.TRUE.equals(value.nul())) {
          throw new ValidationException(
              "One or more parameter values were invalid: Null attribute value types must have the value of true");
        }
        return AttributeValue.nul();
      case L:
        {
          List<AttributeValue> out = new ArrayList<>(value.l().size());
          for (software.amazon.awssdk.services.dynamodb.model.AttributeValue v : value.l()) {
            out.add(fromSdk(v));
          }
          return new AttributeValue.L(out);
        }
      case M:
        return new AttributeValue.M(fromSdk(value.m()));
      case SS:
        return AttributeValue.stringSet(value.ss());
      case NS:
        {
          List<DynamoNumber> out = new ArrayList<>(value.ns().size());
          for (String n : value.ns()) {
            out.add(DynamoNumber.parse(n));
          }
          return AttributeValue.numberSet(out);
        }
      case BS:
        {
          List<Bytes> out = new ArrayList<>(value.bs().size());
          for (SdkBytes b : value.bs()) {
            out.add(Bytes.copyOf(b.asByteArrayUnsafe()));
          }
          return AttributeValue.binarySet(out);
        }
      default:
        throw new ValidationException(
            "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }
  }

  public static Map<String, AttributeValue> fromSdk(
      Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    Map<String, AttributeValue> out = new LinkedHashMap<>(capacity(item.size()));
    for (Map.Entry<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> e : item.entrySet()) {
      out.put(e.getKey(), fromSdk(e.getValue()));
    }
    return out;
  }

  private static int capacity(int size) {
    return size < 3 ? size + 1 : (int) (size / 0.75f) + 1;
  }
}
