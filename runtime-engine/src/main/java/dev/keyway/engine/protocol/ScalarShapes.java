package dev.keyway.engine.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** Strings, booleans, numbers and timestamps, with DynamoDB's wire-type errors. */
final class ScalarShapes {
  private ScalarShapes() {}

  static final Shape<String> STRING =
      new Shape<>() {
        @Override
        String read(JsonParser p, ReadContext ctx, Path path) throws IOException {
          JsonToken t = p.currentToken();
          if (t != JsonToken.VALUE_STRING) {
            throw WireTypeErrors.forString(t);
          }
          return p.getText();
        }

        @Override
        void write(JsonGenerator g, String value) throws IOException {
          g.writeString(value);
        }
      };

  static final Shape<Boolean> BOOLEAN =
      new Shape<>() {
        @Override
        Boolean read(JsonParser p, ReadContext ctx, Path path) throws IOException {
          JsonToken t = p.currentToken();
          if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
          }
          if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
          }
          if (t == JsonToken.VALUE_STRING) {
            // DynamoDB's deserializer accepts the words true and false in strings.
            String text = p.getText();
            if (text.equalsIgnoreCase("true")) {
              return Boolean.TRUE;
            }
            if (text.equalsIgnoreCase("false")) {
              return Boolean.FALSE;
            }
            throw WireTypeErrors.forBoolean(t, text);
          }
          throw WireTypeErrors.forBoolean(t, null);
        }

        @Override
        void write(JsonGenerator g, Boolean value) throws IOException {
          g.writeBoolean(value);
        }
      };

  static final Shape<Integer> INTEGER =
      new Shape<>() {
        @Override
        Integer read(JsonParser p, ReadContext ctx, Path path) throws IOException {
          BigDecimal d = number(p, "Integer").setScale(0, RoundingMode.FLOOR);
          if (d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return Integer.MAX_VALUE;
          }
          if (d.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
            return Integer.MIN_VALUE;
          }
          return d.intValue();
        }

        @Override
        void write(JsonGenerator g, Integer value) throws IOException {
          g.writeNumber(value);
        }
      };

  static final Shape<Long> LONG =
      new Shape<>() {
        @Override
        Long read(JsonParser p, ReadContext ctx, Path path) throws IOException {
          if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
              && p.getNumberType() == JsonParser.NumberType.INT
              || p.currentToken() == JsonToken.VALUE_NUMBER_INT
                  && p.getNumberType() == JsonParser.NumberType.LONG) {
            return p.getLongValue();
          }
          BigDecimal d = number(p, "Long").setScale(0, RoundingMode.FLOOR);
          if (d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Long.MAX_VALUE;
          }
          if (d.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            return Long.MIN_VALUE;
          }
          return d.longValue();
        }

        @Override
        void write(JsonGenerator g, Long value) throws IOException {
          g.writeNumber(value);
        }
      };

  static final Shape<Double> DOUBLE =
      new Shape<>() {
        @Override
        Double read(JsonParser p, ReadContext ctx, Path path) throws IOException {
          JsonToken t = p.currentToken();
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw WireTypeErrors.forNumber(t, "Double");
          }
          return p.getDoubleValue();
        }

        @Override
        void write(JsonGenerator g, Double value) throws IOException {
          g.writeNumber(value);
        }
      };

  /** Timestamps travel as seconds since the epoch, with a fraction, as DynamoDB sends them. */
  static final Shape<Instant> INSTANT =
      new Shape<>() {
        @Override
        Instant read(JsonParser p, ReadContext ctx, Path path) throws IOException {
          JsonToken t = p.currentToken();
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw WireTypeErrors.forTimestamp(t);
          }
          BigDecimal seconds = p.getDecimalValue();
          long whole = seconds.setScale(0, RoundingMode.FLOOR).longValue();
          long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
          return Instant.ofEpochSecond(whole, nanos);
        }

        @Override
        void write(JsonGenerator g, Instant value) throws IOException {
          g.writeNumber(BigDecimal.valueOf(value.toEpochMilli(), 3));
        }
      };

  private static BigDecimal number(JsonParser p, String javaType) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw WireTypeErrors.forNumber(t, javaType);
    }
    return p.getDecimalValue();
  }
}
