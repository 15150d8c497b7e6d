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

  /**
   * A JSON number rounded down, as DynamoDB reads integral members ({@code 2.9} is 2), and rejected
   * when it does not fit {@code [min, max]}: clamping would silently change what was asked for. The
   * size is judged from precision and scale alone, so {@code 1e999999999} costs no arithmetic.
   */
  private static long integral(JsonParser p, String type, long min, long max) throws IOException {
    BigDecimal d = number(p, type);
    long integerDigits = (long) d.precision() - d.scale();
    if (integerDigits > 19) {
      throw WireTypeErrors.outOfRange(type);
    }
    if (integerDigits <= 0) {
      return d.signum() < 0 ? -1 : 0; // |d| < 1; setScale could cost as much as 1e-999999999 asks
    }
    BigDecimal floor = d.setScale(0, RoundingMode.FLOOR);
    if (floor.compareTo(BigDecimal.valueOf(max)) > 0 || floor.compareTo(BigDecimal.valueOf(min)) < 0) {
      throw WireTypeErrors.outOfRange(type);
    }
    return floor.longValue();
  }

  static final Shape<Integer> INTEGER =
      new Shape<>() {
        @Override
        Integer read(JsonParser p, ReadContext ctx, Path path) throws IOException {
          return (int) integral(p, "Integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
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
          return integral(p, "Long", Long.MIN_VALUE, Long.MAX_VALUE);
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
          // Judged by precision and scale first: 1e999999999 or 1e-999999999 cost no arithmetic.
          long integerDigits = (long) seconds.precision() - seconds.scale();
          if (integerDigits > 12) {
            throw WireTypeErrors.forTimestampRange();
          }
          if (integerDigits < -9) {
            return Instant.ofEpochSecond(0, seconds.signum() < 0 ? -1 : 0);
          }
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
