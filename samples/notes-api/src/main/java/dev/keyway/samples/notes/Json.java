package dev.keyway.samples.notes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;

/** The JSON bodies of the API, and reading and writing them with Jackson. */
final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  /** {@code POST /notes}. */
  record NewNote(String text, List<String> tags) {}

  /** {@code PUT /me}. */
  record NewProfile(String name) {}

  record NoteBody(String id, String text, List<String> tags, String createdAt) {
    static NoteBody of(Note note) {
      return new NoteBody(note.noteId(), note.text(), note.tags(), note.createdAt().toString());
    }

    static List<NoteBody> of(List<Note> notes) {
      return notes.stream().map(NoteBody::of).toList();
    }
  }

  /** A page of notes; {@code next} (absent on the last page) is the cursor of the next one. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record NotePage(List<NoteBody> notes, String next) {}

  record ProfileBody(String userId, String name, String since) {
    static ProfileBody of(Profile profile) {
      return new ProfileBody(profile.userId(), profile.name(), profile.since().toString());
    }
  }

  /** {@code GET /me}: {@code profile} is null until {@code PUT /me} creates it. */
  record MeBody(ProfileBody profile, List<NoteBody> latestNotes) {}

  record ErrorBody(String error) {}

  /** Reads a request body; what is wrong with it becomes an {@link InvalidRequestException} in words. */
  static <T> T read(byte[] body, Class<T> type) {
    T value;
    try {
      value = MAPPER.readValue(body, type);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidRequestException("unknown field '" + e.getPropertyName() + "'");
    } catch (MismatchedInputException e) {
      throw new InvalidRequestException(body.length == 0 ? "a JSON body is required"
          : e.getPath().isEmpty() ? "body must be a JSON object"
          : "field '" + e.getPath().get(0).getFieldName() + "' has the wrong type");
    } catch (IOException e) {
      throw new InvalidRequestException("body is not valid JSON");
    }
    if (value == null) {
      throw new InvalidRequestException("body must be a JSON object");
    }
    return value;
  }

  static byte[] write(Object body) {
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + body.getClass().getSimpleName(), e);
    }
  }
}
