package dev.keyway.engine.server;

import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.engine.server.auth.Authorizer;
import dev.keyway.error.DynamoDbException;
import dev.keyway.error.InternalServerError;
import dev.keyway.error.UnknownOperationException;
import dev.keyway.spi.ApiOperation;
import dev.keyway.spi.Backend;
import dev.keyway.spi.CallContext;
import dev.keyway.spi.ClientOrigin;
import dev.keyway.spi.Interceptors;
import dev.keyway.spi.Operation;
import dev.keyway.spi.StreamsBackend;
import dev.keyway.spi.StreamsOperation;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One DynamoDB HTTP request to one response, independent of the HTTP library. Order of checks, as
 * DynamoDB: content type, target (UnknownOperationException), signature (when enabled), body
 * (SerializationException), identity and resource-based policies (AccessDeniedException, when
 * signed), then the operation itself (ValidationException and the rest), through the interceptors
 * with the signer's access key as the principal.
 */
final class RequestProcessor {
  private static final Logger LOG = Logger.getLogger(RequestProcessor.class.getName());

  /** What DynamoDB answers to requests that are not DynamoDB JSON posts at all. */
  static final byte[] NOT_AN_OPERATION = "<UnknownOperationException/>\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  record Reply(int status, byte[] body, String contentType) {}

  private final Backend backend;
  private final StreamsBackend streams; // null when the backend serves no streams
  private final Interceptors interceptors;
  private final DynamoJsonProtocol protocol;
  private final SigV4Verifier verifier;
  private final Authorizer authorizer;

  /**
   * @param verifier null when requests are not authenticated
   * @param authorizer null when requests are not authorized (anonymous servers); needs a verifier
   */
  RequestProcessor(
      Backend backend, Interceptors interceptors, DynamoJsonProtocol protocol, SigV4Verifier verifier, Authorizer authorizer) {
    if (authorizer != null && verifier == null) {
      throw new IllegalArgumentException("authorization needs authenticated callers");
    }
    this.backend = backend;
    this.streams = backend instanceof StreamsBackend s ? s : null;
    this.interceptors = interceptors;
    this.protocol = protocol;
    this.verifier = verifier;
    this.authorizer = authorizer;
  }

  /** @param origin the connection's client address and TLS state, in the call's context */
  Reply process(String method, String uri, Function<String, List<String>> headers, byte[] body, ClientOrigin origin) {
    List<String> contentTypes = headers.apply("Content-Type");
    String contentType = contentTypes.isEmpty() ? "" : contentTypes.get(0);
    int semicolon = contentType.indexOf(';');
    String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    boolean jsonType = mediaType.equalsIgnoreCase(DynamoJsonProtocol.CONTENT_TYPE) || mediaType.equalsIgnoreCase("application/json");
    if (!method.equals("POST") || body.length > 0 && !jsonType) {
      return new Reply(404, NOT_AN_OPERATION, "text/plain");
    }
    ApiOperation<?, ?, ?> operation = null;
    try {
      List<String> targets = headers.apply("X-Amz-Target");
      String target = targets.isEmpty() ? null : targets.get(0).strip();
      Operation<?, ?> dynamoOperation = protocol.operationFor(target);
      StreamsOperation<?, ?> streamsOperation = streams == null ? null : protocol.streamsOperationFor(target);
      operation = dynamoOperation != null ? dynamoOperation : streamsOperation;
      if (operation == null) {
        throw new UnknownOperationException(null);
      }
      Instant start = Instant.now();
      CallContext context = CallContext.anonymous(start).from(origin);
      if (verifier != null) {
        context = CallContext.of(verifier.verify(method, uri, headers, body, start), start).from(origin);
      }
      Object response = dynamoOperation != null
          ? dispatch(dynamoOperation, body, context) : dispatch(streamsOperation, body, context);
      ByteArrayOutputStream out = new ByteArrayOutputStream(256);
      protocol.writeResponse(response, out);
      return new Reply(200, out.toByteArray(), DynamoJsonProtocol.CONTENT_TYPE);
    } catch (DynamoDbException e) {
      return error(e);
    } catch (Throwable t) {
      logInternalError(operation, t);
      return error(new InternalServerError("Internal server error"));
    }
  }

  /**
   * One line naming the operation, then (for bugs) the stack trace. Out of memory gets the line
   * only: it is what an operator needs, and printing a trace needs memory that may not be there.
   */
  private static void logInternalError(ApiOperation<?, ?, ?> operation, Throwable t) {
    String line = "Internal error in " + (operation == null ? "a request" : operation.name()) + ": " + t;
    if (t instanceof VirtualMachineError) {
      LOG.severe(line);
    } else {
      LOG.log(Level.SEVERE, line, t);
    }
  }

  private <Q extends Record, R> R dispatch(Operation<Q, R> operation, byte[] body, CallContext context) {
    Q request = protocol.readRequest(operation, body, 0, body.length);
    authorize(operation, request, context);
    return interceptors.call(backend, operation, request, context);
  }

  /**
   * A DynamoDB Streams call: authorized like DynamoDB's (the IAM actions are {@code dynamodb:}
   * ones), then run on the streams backend directly; interceptors see DynamoDB calls only.
   */
  private <Q extends Record, R extends Record> R dispatch(StreamsOperation<Q, R> operation, byte[] body, CallContext context) {
    Q request = protocol.read(operation.requestType(), body, 0, body.length);
    authorize(operation, request, context);
    return operation.invoke(streams, request);
  }

  private void authorize(ApiOperation<?, ?, ?> operation, Object request, CallContext context) {
    if (authorizer != null) {
      authorizer.authorize(context.principal().orElseThrow().getName(), operation.name(), request, context.origin().orElseThrow());
    }
  }

  Reply error(DynamoDbException e) {
    return new Reply(e.httpStatus(), protocol.errorJson(e), DynamoJsonProtocol.CONTENT_TYPE);
  }
}
