package dev.keyway.engine.cli;

import dev.keyway.error.DynamoDbException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ScalarAttributeType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV as DynamoDB's ImportTable does: the first line names the attributes; every value is a
 * string, except the key attributes, typed by the new table's key schema (N as a number, B as
 * Base64). Fields follow RFC 4180 (quotes, doubled quotes, commas and line breaks in quotes); an
 * empty field leaves its attribute out. A line with the wrong number of fields or a key value of
 * the wrong type is reported and skipped.
 */
final class CsvSource {
  private final Map<String, ScalarAttributeType> keyTypes;

  CsvSource(Map<String, ScalarAttributeType> keyTypes) {
    this.keyTypes = keyTypes;
  }

  ImportLines read(Path file) {
    ImportLines lines = new ImportLines();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Record header = next(in, 0);
      if (header == null) {
        throw new ImportSourceException("CSV file " + file + " is empty: the first line must name the attributes");
      }
      String name = file.getFileName().toString();
      Record row;
      int last = header.endLine;
      while ((row = next(in, last)) != null) {
        last = row.endLine;
        String place = name + " line " + row.line;
        if (row.fields.size() == 1 && row.fields.get(0).isEmpty()) {
          continue; // a blank line
        }
        if (row.fields.size() != header.fields.size()) {
          lines.error(place, "expected " + header.fields.size() + " fields, found " + row.fields.size());
          continue;
        }
        try {
          lines.item(item(header.fields, row.fields), place);
        } catch (IllegalArgumentException | DynamoDbException e) {
          lines.error(place, e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new ImportSourceException("Cannot read " + file + ": " + e.getMessage());
    }
    return lines;
  }

  private Map<String, AttributeValue> item(List<String> names, List<String> values) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String value = values.get(i);
      if (!value.isEmpty()) {
        item.put(names.get(i), value(names.get(i), value));
      }
    }
    return item;
  }

  private AttributeValue value(String name, String text) {
    ScalarAttributeType type = keyTypes.get(name);
    if (type == ScalarAttributeType.N) {
      try {
        return AttributeValue.n(text);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("key attribute " + name + " is a number, not '" + text + "'");
      }
    }
    if (type == ScalarAttributeType.B) {
      try {
        return AttributeValue.b(Base64.getDecoder().decode(text));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("key attribute " + name + " is binary, not Base64 '" + text + "'");
      }
    }
    return AttributeValue.s(text);
  }

  /** One CSV record: its fields, its first line number and the line it ended on. */
  private record Record(List<String> fields, int line, int endLine) {}

  private static Record next(BufferedReader in, int lastLine) throws IOException {
    String line = in.readLine();
    if (line == null) {
      return null;
    }
    int first = lastLine + 1;
    int current = first;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (true) {
      if (i == line.length()) {
        if (!quoted) {
          break;
        }
        String more = in.readLine(); // a line break inside quotes belongs to the field
        if (more == null) {
          throw new ImportSourceException("CSV line " + first + ": a quoted field is not closed");
        }
        field.append('\n');
        line = more;
        i = 0;
        current++;
        continue;
      }
      char c = line.charAt(i++);
      if (quoted) {
        if (c == '"' && i < line.length() && line.charAt(i) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return new Record(fields, first, current);
  }
}
