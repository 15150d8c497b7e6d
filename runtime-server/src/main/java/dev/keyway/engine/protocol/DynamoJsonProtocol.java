package dev.keyway.engine.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.keyway.error.CancellationReason;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.DynamoDbException;
import dev.keyway.error.SerializationException;
import dev.keyway.error.ProvisionedThroughputExceededException;
import dev.keyway.error.ThrottlingException;
import dev.keyway.error.ThrottlingReason;
import dev.keyway.error.TransactionCanceledException;
import dev.keyway.spi.Operation;
import dev.keyway.spi.Operations;
import dev.keyway.spi.StreamsOperation;
import dev.keyway.spi.StreamsOperations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The DynamoDB JSON 1.0 protocol ({@code application/x-amz-json-1.0}): request bodies to
 * {@code dev.keyway.ops} records, response records and errors to bodies. The only place that turns
 * a {@link DynamoDbException} into JSON. Thread-safe; one instance serves a whole server.
 */
public final class DynamoJsonProtocol {
  public static final String CONTENT_TYPE = "application/x-amz-json-1.0";

  /** The API prefix of {@code X-Amz-Target}. */
  public static final String TARGET_PREFIX = "DynamoDB_20120810.";

  /**
   * Attribute names are JSON member names and may be up to 64 KB long (Jackson's default stops at
   * 50,000); longer ones must reach the engine to get DynamoDB's "Attribute name is too large".
   */
  private static final int MAX_NAME_LENGTH = 400 * 1024;

  private final JsonFactory json = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNameLength(MAX_NAME_LENGTH).build())
      .build();
  private final Shapes shapes = Shapes.INSTANCE;
  /** The API prefix of {@code X-Amz-Target} for the DynamoDB Streams API. */
  public static final String STREAMS_TARGET_PREFIX = "DynamoDBStreams_20120810.";

  private final Map<String, Operation<?, ?>> byTarget = new HashMap<>();
  private final Map<String, StreamsOperation<?, ?>> streamsByTarget = new HashMap<>();

  public DynamoJsonProtocol() {
    // Shapes are built on first use, not here: building every operation's would cost start-up
    // far more than the first request of one operation does (DynamoJsonProtocolTest builds them all)
    for (Operation<?, ?> op : Operations.all()) {
      byTarget.put(TARGET_PREFIX + op.name(), op);
    }
    for (StreamsOperation<?, ?> op : StreamsOperations.all()) {
      streamsByTarget.put(STREAMS_TARGET_PREFIX + op.name(), op);
    }
  }

  /** The operation named by an {@code X-Amz-Target} header value, or null. */
  public Operation<?, ?> operationFor(String target) {
    return target == null ? null : byTarget.get(target);
  }

  /** The DynamoDB Streams operation named by an {@code X-Amz-Target} header value, or null. */
  public StreamsOperation<?, ?> streamsOperationFor(String target) {
    return target == null ? null : streamsByTarget.get(target);
  }

  /**
   * Reads a request body. Malformed JSON or a member of the wrong JSON type is a
   * SerializationException; enum values outside their set and attribute values the item model
   * rejects are a ValidationException, raised only after the whole body was read.
   */
  public <Q extends Record> Q readRequest(Operation<Q, ?> operation, byte[] body, int offset, int length) {
    return read(operation.requestType(), body, offset, length);
  }

  /** Reads a body as one of the {@code dev.keyway.ops} records. */
  public <R extends Record> R read(Class<R> type, byte[] body, int offset, int length) {
    if (length == 0) {
      throw new SerializationException(null);
    }
    ReadContext ctx = new ReadContext();
    R result;
    try (JsonParser p = json.createParser(body, offset, length)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new SerializationException(null);
      }
      result = first == JsonToken.VALUE_NULL ? emptyOf(type) : shapes.forRecord(type).read(p, ctx, Path.ROOT);
      // DynamoDB rejects trailing garbage as malformed JSON.
      if (p.nextToken() != null) {
        throw new SerializationException(null);
      }
    } catch (JsonProcessingException e) {
      throw new SerializationException(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.throwIfInvalid(result);
    return result;
  }

  private <R extends Record> R emptyOf(Class<R> type) {
    return shapes.forRecord(type).construct(new Object[type.getRecordComponents().length]);
  }

  /** Writes a response record; {@code null} (operations without response members) is {@code {}}. */
  public void writeResponse(Object response, OutputStream out) {
    try (JsonGenerator g = json.createGenerator(out)) {
      if (response == null) {
        g.writeStartObject();
        g.writeEndObject();
      } else {
        shapes.forType(response.getClass()).writeObject(g, response);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] toJson(Object response) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    writeResponse(response, out);
    return out.toByteArray();
  }

  /**
   * Writes an error body as DynamoDB does: {@code __type}, the message (omitted when there is
   * none), {@code Item} for a failed condition that returns the old item, and
   * {@code CancellationReasons} for a cancelled transaction.
   */
  public void writeError(DynamoDbException error, OutputStream out) {
    try (JsonGenerator g = json.createGenerator(out)) {
      String type = error.errorType();
      g.writeStartObject();
      g.writeStringField("__type", ErrorCoding.qualifiedType(type, error.qualifiedErrorType()));
      if (error.getMessage() != null) {
        g.writeStringField(ErrorCoding.messageMember(type), error.getMessage());
      }
      if (error instanceof ConditionalCheckFailedException ccf && ccf.item().isPresent()) {
        g.writeFieldName("Item");
        AttributeValueShape.ITEM.write(g, ccf.item().get());
      }
      if (error instanceof TransactionCanceledException tce) {
        g.writeArrayFieldStart("CancellationReasons");
        for (CancellationReason reason : tce.reasons()) {
          g.writeStartObject();
          Map<String, dev.keyway.model.AttributeValue> item = reason.item();
          if (item != null) {
            g.writeFieldName("Item");
            AttributeValueShape.ITEM.write(g, item);
          }
          if (reason.code() != null) {
            g.writeStringField("Code", reason.code());
          }
          if (reason.message() != null) {
            g.writeStringField("Message", reason.message());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      List<ThrottlingReason> throttling = error instanceof ProvisionedThroughputExceededException p
          ? p.throttlingReasons()
          : error instanceof ThrottlingException t ? t.throttlingReasons() : List.of();
      if (!throttling.isEmpty()) {
        g.writeArrayFieldStart("ThrottlingReasons");
        for (ThrottlingReason reason : throttling) {
          g.writeStartObject();
          g.writeStringField("reason", reason.reason());
          g.writeStringField("resource", reason.resource());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] errorJson(DynamoDbException error) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    writeError(error, out);
    return out.toByteArray();
  }
}
