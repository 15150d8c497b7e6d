package dev.keyway.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.keyway.error.SerializationException;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.Bytes;
import dev.keyway.model.DynamoNumber;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB JSON attribute values, {@code {"S":"x"}}, {@code {"N":"1"}}, {@code {"B":"base64"}}...
 * the hot path of the protocol, written against the streaming parser without intermediate trees.
 * Values the item model rejects (bad numbers, empty or duplicate sets, none or several types set)
 * become validation errors reported after the whole request was read.
 */
final class AttributeValueShape extends Shape<AttributeValue> {
  static final AttributeValueShape INSTANCE = new AttributeValueShape();

  static final String EMPTY =
      "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes";
  static final String SEVERAL =
      "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes";
  /** DynamoDB's answer to a JSON null standing for an attribute value in an item to store. */
  static final String NULL_IN_ITEM = "The supplied Item contains a null AttributeValue";
  static final String NULL_FALSE =
      "One or more parameter values were invalid: Null attribute value types must have the value of true";

  private static final SerializableString S = new SerializedString("S");
  private static final SerializableString N = new SerializedString("N");
  private static final SerializableString B = new SerializedString("B");
  private static final SerializableString BOOL = new SerializedString("BOOL");
  private static final SerializableString NULL = new SerializedString("NULL");
  private static final SerializableString L = new SerializedString("L");
  private static final SerializableString M = new SerializedString("M");
  private static final SerializableString SS = new SerializedString("SS");
  private static final SerializableString NS = new SerializedString("NS");
  private static final SerializableString BS = new SerializedString("BS");

  private AttributeValueShape() {}

  @Override
  boolean usesPath() {
    return false;
  }

  @Override
  AttributeValue read(JsonParser p, ReadContext ctx, Path path) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw WireTypeErrors.forStructure(t);
    }
    AttributeValue result = null;
    int types = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken v = p.nextToken();
      if (v == JsonToken.VALUE_NULL) {
        continue;
      }
      AttributeValue value;
      try {
        value = readMember(name, p, ctx);
      } catch (ValidationException e) {
        ctx.valueError(e);
        value = AttributeValue.nul();
      }
      if (value != null) {
        types++;
        result = value;
      }
    }
    if (types == 1) {
      return result;
    }
    ctx.valueError(new ValidationException(types == 0 ? EMPTY : SEVERAL));
    return AttributeValue.nul();
  }

  /** One member of the attribute value structure; null for members DynamoDB does not know. */
  private AttributeValue readMember(String name, JsonParser p, ReadContext ctx) throws IOException {
    switch (name) {
      case "S":
        return new AttributeValue.S(ScalarShapes.STRING.read(p, ctx, Path.ROOT));
      case "N":
        return new AttributeValue.N(DynamoNumber.parse(ScalarShapes.STRING.read(p, ctx, Path.ROOT)));
      case "B":
        return new AttributeValue.B(blob(p));
      case "BOOL":
        return AttributeValue.bool(ScalarShapes.BOOLEAN.read(p, ctx, Path.ROOT));
      case "NULL":
        if (!ScalarShapes.BOOLEAN.read(p, ctx, Path.ROOT)) {
          throw new ValidationException(NULL_FALSE);
        }
        return AttributeValue.nul();
      case "L":
        return new AttributeValue.L(readList(p, ctx));
      case "M":
        return new AttributeValue.M(readMap(p, ctx));
      case "SS":
        {
          List<String> values = new ArrayList<>();
          forEachElement(p, () -> values.add(ScalarShapes.STRING.read(p, ctx, Path.ROOT)));
          return AttributeValue.stringSet(values);
        }
      case "NS":
        {
          // Read the whole array before parsing: a bad number is a validation error reported after
          // the body was read, and the parser must not be left inside the array.
          List<String> texts = new ArrayList<>();
          forEachElement(p, () -> texts.add(ScalarShapes.STRING.read(p, ctx, Path.ROOT)));
          List<DynamoNumber> values = new ArrayList<>(texts.size());
          for (String text : texts) {
            values.add(DynamoNumber.parse(text));
          }
          return AttributeValue.numberSet(values);
        }
      case "BS":
        {
          List<Bytes> values = new ArrayList<>();
          forEachElement(p, () -> values.add(blob(p)));
          return AttributeValue.binarySet(values);
        }
      default:
        p.skipChildren();
        return null;
    }
  }

  private interface ElementReader {
    void read() throws IOException;
  }

  private static void forEachElement(JsonParser p, ElementReader reader) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_ARRAY) {
      throw WireTypeErrors.forList(t);
    }
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_NULL) {
        reader.read();
      }
    }
  }

  private List<AttributeValue> readList(JsonParser p, ReadContext ctx) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_ARRAY) {
      throw WireTypeErrors.forList(t);
    }
    List<AttributeValue> values = new ArrayList<>();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_NULL) {
        values.add(read(p, ctx, Path.ROOT));
      } else {
        nullValue(ctx);
      }
    }
    return values;
  }

  /** Requests drop JSON nulls, except where an item to store is read: there they are refused. */
  private static void nullValue(ReadContext ctx) {
    if (ctx.readingStoredItem()) {
      ctx.valueError(new ValidationException(NULL_IN_ITEM));
    }
  }

  /** An item or a map attribute: names to attribute values. */
  Map<String, AttributeValue> readMap(JsonParser p, ReadContext ctx) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw WireTypeErrors.forMap(t);
    }
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    String key;
    while ((key = p.nextFieldName()) != null) {
      if (p.nextToken() != JsonToken.VALUE_NULL) {
        out.put(key, read(p, ctx, Path.ROOT));
      } else {
        nullValue(ctx);
      }
    }
    return out;
  }

  /** Base64 with DynamoDB's messages for text that is not base64. */
  static Bytes blob(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_STRING) {
      throw WireTypeErrors.forBlob(t);
    }
    String text = p.getText();
    if (text.length() % 4 != 0) {
      throw new SerializationException(
          "'" + text + "' can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length());
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
          || c == '=' && (i == text.length() - 1 || text.charAt(i + 1) == '=');
      if (!ok) {
        throw new SerializationException("'" + text + "' can not be converted to a Blob: Invalid Base64 character: '" + c + "'");
      }
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(text);
      if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
        throw new IllegalArgumentException();
      }
      return Bytes.wrap(bytes);
    } catch (IllegalArgumentException e) {
      throw new SerializationException(
          "'" + text + "' can not be converted to a Blob: Invalid last non-pad Base64 character dectected");
    }
  }

  @Override
  void write(JsonGenerator g, AttributeValue value) throws IOException {
    g.writeStartObject();
    switch (value.type()) {
      case S:
        g.writeFieldName(S);
        g.writeString(((AttributeValue.S) value).value());
        break;
      case N:
        g.writeFieldName(N);
        g.writeString(((AttributeValue.N) value).value().toString());
        break;
      case B:
        g.writeFieldName(B);
        g.writeString(((AttributeValue.B) value).value().toBase64());
        break;
      case BOOL:
        g.writeFieldName(BOOL);
        g.writeBoolean(((AttributeValue.Bool) value).value());
        break;
      case NULL:
        g.writeFieldName(NULL);
        g.writeBoolean(true);
        break;
      case L:
        g.writeFieldName(L);
        g.writeStartArray();
        for (AttributeValue element : ((AttributeValue.L) value).values()) {
          write(g, element);
        }
        g.writeEndArray();
        break;
      case M:
        g.writeFieldName(M);
        writeMap(g, ((AttributeValue.M) value).values());
        break;
      case SS:
        g.writeFieldName(SS);
        g.writeStartArray();
        for (String s : ((AttributeValue.SS) value).values()) {
          g.writeString(s);
        }
        g.writeEndArray();
        break;
      case NS:
        g.writeFieldName(NS);
        g.writeStartArray();
        for (DynamoNumber n : ((AttributeValue.NS) value).values()) {
          g.writeString(n.toString());
        }
        g.writeEndArray();
        break;
      case BS:
        g.writeFieldName(BS);
        g.writeStartArray();
        for (Bytes b : ((AttributeValue.BS) value).values()) {
          g.writeString(b.toBase64());
        }
        g.writeEndArray();
        break;
      default:
        throw new IllegalStateException("unknown attribute value type " + value.type());
    }
    g.writeEndObject();
  }

  void writeMap(JsonGenerator g, Map<String, AttributeValue> map) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, AttributeValue> e : map.entrySet()) {
      g.writeFieldName(e.getKey());
      write(g, e.getValue());
    }
    g.writeEndObject();
  }

  /** A map of attribute values (an item, a key, expression values): written as an item is. */
  private abstract static class AttributeMapShape extends Shape<Map<String, AttributeValue>> {
    @Override
    void write(JsonGenerator g, Map<String, AttributeValue> value) throws IOException {
      INSTANCE.writeMap(g, value);
    }

    @Override
    boolean usesPath() {
      return false;
    }
  }

  /** The item-map shape, registered for {@code Map<String, AttributeValue>}. */
  static final Shape<Map<String, AttributeValue>> ITEM =
      new AttributeMapShape() {
        @Override
        Map<String, AttributeValue> read(JsonParser p, ReadContext ctx, Path path) throws IOException {
          return INSTANCE.readMap(p, ctx);
        }
      };

  /**
   * The item a write stores (PutItem's Item, a batch PutRequest's, a transaction Put's): like
   * {@link #ITEM}, but a JSON null as an attribute value, at any depth, is a ValidationException.
   */
  static final Shape<Map<String, AttributeValue>> STORED_ITEM =
      new AttributeMapShape() {
        @Override
        Map<String, AttributeValue> read(JsonParser p, ReadContext ctx, Path path) throws IOException {
          ctx.storedItem(true);
          try {
            return INSTANCE.readMap(p, ctx);
          } finally {
            ctx.storedItem(false);
          }
        }
      };

  /**
   * ExpressionAttributeValues: like {@link #ITEM}, but DynamoDB wraps a value's error as
   * "ExpressionAttributeValues contains invalid value: <error> for key <key>" (dynalite's
   * validation tests, run against the service, and dynamoose/dynamoose#79 quoting it).
   */
  static final Shape<Map<String, AttributeValue>> EXPRESSION_VALUES =
      new AttributeMapShape() {
        @Override
        Map<String, AttributeValue> read(JsonParser p, ReadContext ctx, Path path) throws IOException {
          JsonToken t = p.currentToken();
          if (t != JsonToken.START_OBJECT) {
            throw WireTypeErrors.forMap(t);
          }
          Map<String, AttributeValue> out = new LinkedHashMap<>();
          String key;
          while ((key = p.nextFieldName()) != null) {
            if (p.nextToken() != JsonToken.VALUE_NULL) {
              ctx.expressionValueKey(key);
              try {
                out.put(key, INSTANCE.read(p, ctx, Path.ROOT));
              } finally {
                ctx.expressionValueKey(null);
              }
            }
          }
          return out;
        }
      };
}
