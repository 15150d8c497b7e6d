package dev.keyway.engine.protocol;

import com.fasterxml.jackson.core.JsonToken;
import dev.keyway.error.SerializationException;

/**
 * The SerializationException messages DynamoDB gives when a JSON value has the wrong type for the
 * member it is in. The wording (including "an String") is DynamoDB's.
 */
final class WireTypeErrors {
  private static final String BIG_NUMBER = "class com.amazon.coral.value.json.numbers.TruncatingBigNumber";

  private WireTypeErrors() {}

  /** A structure or a list where a scalar was expected; null when the token is not one of those. */
  private static SerializationException container(JsonToken token) {
    if (token == JsonToken.START_OBJECT) {
      return new SerializationException("Start of structure or map found where not expected.");
    }
    if (token == JsonToken.START_ARRAY) {
      return new SerializationException("Start of list found where not expected");
    }
    return null;
  }

  static SerializationException forString(JsonToken token) {
    SerializationException c = container(token);
    if (c != null) {
      return c;
    }
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return new SerializationException("class java.lang.Boolean can not be converted to an String");
    }
    return new SerializationException(BIG_NUMBER + " can not be converted to an String");
  }

  static SerializationException forBoolean(JsonToken token, String text) {
    SerializationException c = container(token);
    if (c != null) {
      return c;
    }
    if (token == JsonToken.VALUE_STRING) {
      return new SerializationException("'" + text.toUpperCase(java.util.Locale.ROOT) + "' can not be converted to an Boolean");
    }
    return new SerializationException(BIG_NUMBER + " can not be converted to an Boolean");
  }

  /** {@code javaType} is Integer, Long or Double. */
  static SerializationException forNumber(JsonToken token, String javaType) {
    SerializationException c = container(token);
    if (c != null) {
      return c;
    }
    if (token == JsonToken.VALUE_STRING) {
      return new SerializationException("class java.lang.String can not be converted to an " + javaType);
    }
    return new SerializationException("class java.lang.Boolean can not be converted to an " + javaType);
  }

  /**
   * A JSON number too large for an Integer or Long member ({@code Limit: 1e400}): DynamoDB rejects
   * the body rather than clamping, in the words of its number conversion errors above.
   */
  static SerializationException outOfRange(String javaType) {
    return new SerializationException(BIG_NUMBER + " can not be converted to an " + javaType);
  }

  /** A timestamp beyond any date (more than 12 integer digits of seconds). */
  static SerializationException forTimestampRange() {
    return new SerializationException(BIG_NUMBER + " can not be converted to milliseconds since epoch");
  }

  static SerializationException forTimestamp(JsonToken token) {
    SerializationException c = container(token);
    if (c != null) {
      return c;
    }
    String cls = token == JsonToken.VALUE_STRING ? "java.lang.String" : "java.lang.Boolean";
    return new SerializationException("class " + cls + " can not be converted to milliseconds since epoch");
  }

  static SerializationException forBlob(JsonToken token) {
    SerializationException c = container(token);
    if (c != null) {
      return c;
    }
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return new SerializationException("class java.lang.Boolean can not be converted to a Blob");
    }
    return new SerializationException(BIG_NUMBER + " can not be converted to a Blob");
  }

  static SerializationException forList(JsonToken token) {
    if (token == JsonToken.START_OBJECT) {
      return new SerializationException("Start of structure or map found where not expected.");
    }
    return new SerializationException("Expected list or null");
  }

  static SerializationException forMap(JsonToken token) {
    if (token == JsonToken.START_ARRAY) {
      return new SerializationException("Start of list found where not expected");
    }
    return new SerializationException("Expected map or null");
  }

  static SerializationException forStructure(JsonToken token) {
    if (token == JsonToken.START_ARRAY) {
      return new SerializationException("Start of list found where not expected");
    }
    return new SerializationException("Expected null");
  }
}
