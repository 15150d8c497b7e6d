package dev.keyway.processor.model;

import java.util.List;

/**
 * How to build and read an instance of a record or bean: its fields, and either a constructor whose
 * parameters are {@code constructorFields} (records, all-arguments constructors) or a no-argument
 * constructor plus setters ({@code constructorFields} empty).
 */
public record Creator(List<FieldModel> fields, List<String> constructorFields, boolean record) {
  public boolean usesSetters() {
    return constructorFields.isEmpty();
  }
}
