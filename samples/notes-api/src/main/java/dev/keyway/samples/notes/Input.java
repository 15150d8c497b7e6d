package dev.keyway.samples.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What the API accepts; each check throws an {@link InvalidRequestException} that says what is wrong. */
final class Input {
  static final int MAX_TEXT = 2000;
  static final int MAX_TAGS = 10;
  static final int MAX_NAME = 100;
  static final int MAX_LIMIT = 100;
  static final int DEFAULT_LIMIT = 20;
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern TAG = Pattern.compile("[a-z0-9-]{1,32}");

  private Input() {}

  static String userId(String header) {
    if (header == null || !USER_ID.matcher(header).matches()) {
      throw new InvalidRequestException("header X-User-Id must be 1 to 64 letters, digits, '.', '_' or '-'");
    }
    return header;
  }

  static String text(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidRequestException("field 'text' is required");
    }
    if (text.length() > MAX_TEXT) {
      throw new InvalidRequestException("field 'text' is longer than " + MAX_TEXT + " characters");
    }
    return text;
  }

  /** The tags without duplicates, in the order given; none when absent. */
  static List<String> tags(List<String> tags) {
    if (tags == null) {
      return List.of();
    }
    List<String> distinct = new ArrayList<>();
    for (String tag : tags) {
      if (tag == null || !TAG.matcher(tag).matches()) {
        throw new InvalidRequestException("tag '" + tag + "' must be 1 to 32 lower-case letters, digits or '-'");
      }
      if (!distinct.contains(tag)) {
        distinct.add(tag);
      }
    }
    if (distinct.size() > MAX_TAGS) {
      throw new InvalidRequestException("at most " + MAX_TAGS + " tags");
    }
    return distinct;
  }

  /** A tag in a query string: the same rules as a note's tags. */
  static String tag(String tag) {
    return tags(List.of(tag)).get(0);
  }

  static String name(String name) {
    if (name == null || name.isBlank() || name.length() > MAX_NAME) {
      throw new InvalidRequestException("field 'name' must be 1 to " + MAX_NAME + " characters");
    }
    return name;
  }

  static int limit(String limit) {
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(limit);
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // the message below says what is expected
    }
    throw new InvalidRequestException("limit must be a number from 1 to " + MAX_LIMIT);
  }
}
