package dev.keyway.samples.notes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.keyway.api.Page;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routes of the API over {@link NotesService}: JSON in, JSON out, errors as {@code {"error": "..."}}.
 * Nothing a client sends reaches it as a stack trace: unexpected failures are logged and answered 500.
 */
final class NotesHandler implements HttpHandler {
  private static final Pattern NOTE_PATH = Pattern.compile("/notes/([A-Za-z0-9-]{1,64})");
  private static final int MAX_BODY = 64 * 1024;
  private static final System.Logger LOG = System.getLogger(NotesHandler.class.getName());

  private final NotesService service;

  NotesHandler(NotesService service) {
    this.service = service;
  }

  /** A response: status, body (null for none) and, for a created note, its location. */
  private record Reply(int status, Object body, String location) {
    static Reply ok(Object body) {
      return new Reply(200, body, null);
    }

    static Reply error(int status, String message) {
      return new Reply(status, new Json.ErrorBody(message), null);
    }
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Reply reply;
      try {
        reply = route(exchange);
      } catch (InvalidRequestException e) {
        reply = Reply.error(400, e.getMessage());
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "failed: " + exchange.getRequestMethod() + " " + exchange.getRequestURI(), e);
        reply = Reply.error(500, "internal error");
      }
      send(exchange, reply);
    }
  }

  private Reply route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    Matcher note = NOTE_PATH.matcher(path);
    if (path.equals("/notes")) {
      return switch (method) {
        case "POST" -> create(user(exchange), Json.read(body(exchange), Json.NewNote.class));
        case "GET" -> list(user(exchange), query(exchange));
        default -> notAllowed(exchange, "GET, POST");
      };
    } else if (note.matches()) {
      return switch (method) {
        case "GET" -> service.get(user(exchange), note.group(1)).map(n -> Reply.ok(Json.NoteBody.of(n)))
            .orElseGet(() -> Reply.error(404, "no note " + note.group(1)));
        case "DELETE" -> service.delete(user(exchange), note.group(1)) ? new Reply(204, null, null)
            : Reply.error(404, "no note " + note.group(1));
        default -> notAllowed(exchange, "GET, DELETE");
      };
    } else if (path.equals("/me")) {
      return switch (method) {
        case "GET" -> me(user(exchange));
        case "PUT" -> Reply.ok(Json.ProfileBody.of(service.rename(user(exchange),
            Input.name(Json.read(body(exchange), Json.NewProfile.class).name()))));
        default -> notAllowed(exchange, "GET, PUT");
      };
    }
    return Reply.error(404, "no route " + path);
  }

  private Reply create(String userId, Json.NewNote body) {
    Note note = service.create(userId, Input.text(body.text()), Input.tags(body.tags()));
    return new Reply(201, Json.NoteBody.of(note), "/notes/" + note.noteId());
  }

  private Reply list(String userId, Map<String, String> query) {
    int limit = Input.limit(query.get("limit"));
    String cursor = query.get("cursor");
    Page<Note> page = query.containsKey("tag")
        ? service.tagged(userId, Input.tag(query.get("tag")), limit, cursor)
        : service.list(userId, limit, cursor);
    return Reply.ok(new Json.NotePage(Json.NoteBody.of(page.items()), page.next().map(c -> c.token()).orElse(null)));
  }

  private Reply me(String userId) {
    NotesService.Me me = service.me(userId);
    return Reply.ok(new Json.MeBody(me.profile().map(Json.ProfileBody::of).orElse(null),
        Json.NoteBody.of(me.latestNotes())));
  }

  private static Reply notAllowed(HttpExchange exchange, String allowed) {
    exchange.getResponseHeaders().set("Allow", allowed);
    return Reply.error(405, exchange.getRequestMethod() + " is not allowed here; use " + allowed);
  }

  /** The user this sample trusts the client to name; put real authentication in front of it. */
  private static String user(HttpExchange exchange) {
    return Input.userId(exchange.getRequestHeaders().getFirst("X-User-Id"));
  }

  private static byte[] body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        throw new InvalidRequestException("body is larger than " + MAX_BODY + " bytes");
      }
      return body;
    }
  }

  private static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> params = new HashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw != null && !raw.isEmpty()) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        params.put(decode(name), decode(value));
      }
    }
    return params;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("malformed query string");
    }
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    if (reply.location() != null) {
      exchange.getResponseHeaders().set("Location", reply.location());
    }
    if (reply.body() == null) {
      exchange.sendResponseHeaders(reply.status(), -1);
      return;
    }
    byte[] json = Json.write(reply.body());
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(reply.status(), json.length);
    exchange.getResponseBody().write(json);
  }
}
