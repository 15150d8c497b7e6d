package dev.keyway.engine.server;

import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.engine.protocol.Operation;
import dev.keyway.engine.server.auth.Authorizer;
import dev.keyway.engine.server.auth.Caller;
import dev.keyway.error.DynamoDbException;
import dev.keyway.error.InternalServerError;
import dev.keyway.error.UnknownOperationException;
import dev.keyway.spi.Backend;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One DynamoDB HTTP request to one response, independent of the HTTP library. Order of checks, as
 * DynamoDB: content type, target (UnknownOperationException), signature (when enabled), body
 * (SerializationException), identity policies (AccessDeniedException, when enabled), then the
 * operation itself (ValidationException and the rest).
 */
final class RequestProcessor {
  private static final Logger LOG = Logger.getLogger(RequestProcessor.class.getName());

  /** What DynamoDB answers to requests that are not DynamoDB JSON posts at all. */
  static final byte[] NOT_AN_OPERATION = "<UnknownOperationException/>\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  record Reply(int status, byte[] body, String contentType) {}

  private final Backend backend;
  private final DynamoJsonProtocol protocol;
  private final SigV4Verifier verifier;
  private final Authorizer authorizer;

  /**
   * @param verifier null when requests are not authenticated
   * @param authorizer null when every authenticated request is allowed; needs a verifier
   */
  RequestProcessor(Backend backend, DynamoJsonProtocol protocol, SigV4Verifier verifier, Authorizer authorizer) {
    if (authorizer != null && verifier == null) {
      throw new IllegalArgumentException("authorization needs authenticated callers");
    }
    this.backend = backend;
    this.protocol = protocol;
    this.verifier = verifier;
    this.authorizer = authorizer;
  }

  Reply process(String method, String uri, Function<String, List<String>> headers, byte[] body) {
    List<String> contentTypes = headers.apply("Content-Type");
    String contentType = contentTypes.isEmpty() ? "" : contentTypes.get(0);
    int semicolon = contentType.indexOf(';');
    String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    boolean jsonType = mediaType.equalsIgnoreCase(DynamoJsonProtocol.CONTENT_TYPE) || mediaType.equalsIgnoreCase("application/json");
    if (!method.equals("POST") || body.length > 0 && !jsonType) {
      return new Reply(404, NOT_AN_OPERATION, "text/plain");
    }
    try {
      List<String> targets = headers.apply("X-Amz-Target");
      Operation operation = Operation.forTarget(targets.isEmpty() ? null : targets.get(0).strip());
      if (operation == null) {
        throw new UnknownOperationException(null);
      }
      Caller caller = verifier == null ? null : verifier.verify(method, uri, headers, body, Instant.now());
      Object request = protocol.readRequest(operation, body, 0, body.length);
      if (authorizer != null) {
        authorizer.authorize(caller, operation.apiName(), request);
      }
      Object response = operation.invoke(backend, request);
      ByteArrayOutputStream out = new ByteArrayOutputStream(256);
      protocol.writeResponse(response, out);
      return new Reply(200, out.toByteArray(), DynamoJsonProtocol.CONTENT_TYPE);
    } catch (DynamoDbException e) {
      return error(e);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.log(Level.WARNING, "internal error serving a request", e);
      return error(new InternalServerError("Internal server error"));
    }
  }

  Reply error(DynamoDbException e) {
    return new Reply(e.httpStatus(), protocol.errorJson(e), DynamoJsonProtocol.CONTENT_TYPE);
  }
}
