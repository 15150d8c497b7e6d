package dev.keyway.processor.model;

import java.util.List;

/**
 * How a field is read from an item lacking its attribute: older attribute names tried in order
 * ({@code @Attribute(aliases)}), then a default ({@code @DefaultValue}, text already checked against
 * the field's type; null when none). The places point at the annotation values.
 */
public record ReadFallback(List<String> aliases, Place aliasesPlace, String defaultValue, Place defaultPlace) {
  public static final ReadFallback NONE = new ReadFallback(List.of(), null, null, null);

  public boolean isEmpty() {
    return aliases.isEmpty() && defaultValue == null;
  }
}
