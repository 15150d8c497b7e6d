package dev.keyway.engine.cli;

import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an import source yielded: the items read, where each came from ("data/x.json.gz line 3"),
 * and the lines that could not be read, each reported with its place.
 */
final class ImportLines {
  final List<Map<String, AttributeValue>> items = new ArrayList<>();
  final List<String> places = new ArrayList<>();
  final List<String> errors = new ArrayList<>();

  void item(Map<String, AttributeValue> item, String place) {
    items.add(item);
    places.add(place);
  }

  void error(String place, String message) {
    errors.add(place + ": " + message);
  }
}
