package dev.keyway.engine.partiql;

import dev.keyway.error.ValidationException;

/** DynamoDB's wording for PartiQL validation errors, in one place. */
public final class PartiqlErrors {
  private PartiqlErrors() {}

  /** A statement the grammar refuses: {@code Statement wasn't well formed, can't be processed: ...}. */
  public static ValidationException syntax(String detail) {
    return new ValidationException("Statement wasn't well formed, can't be processed: " + detail);
  }

  public static ValidationException parameterCount() {
    return new ValidationException("Number of parameters in request and statement don't match.");
  }

  public static ValidationException incompleteKey() {
    return new ValidationException(
        "Where clause does not contain a mandatory equality on all key attributes");
  }

  public static ValidationException unsupported(String what) {
    return new ValidationException("Unsupported operation: " + what);
  }

  /** An engine text: DynamoDB's PartiQL does not serve indexes with multi-attribute keys. */
  public static ValidationException multiAttributeIndex() {
    return unsupported("Select on an index with a multi-attribute key");
  }

  public static ValidationException starAndOtherAttributes() {
    return new ValidationException(
        "Other attributes should not be present in the projection when '*' is used.");
  }

  public static ValidationException returningOnInsert() {
    return new ValidationException("RETURNING is not supported in INSERT");
  }

  public static ValidationException returningOnDelete(String returning) {
    return new ValidationException("Invalid returning clause: RETURNING " + returning
        + ". Only RETURNING ALL OLD * is allowed in DELETE statements.");
  }

  public static ValidationException missingCompared() {
    return new ValidationException("MISSING must be compared using IS operator");
  }

  public static ValidationException setFunctionTarget(String function) {
    return new ValidationException(
        "The first argument to " + function + " must equal the assignment value");
  }

  public static ValidationException setFunctionSecondArgument(String function) {
    return new ValidationException(
        "The second argument to " + function + " must be a value with type SET");
  }

  public static ValidationException setFunctionArity(String function) {
    return new ValidationException(function + " must have exactly two arguments");
  }

  public static ValidationException unrecognizedFunction(String name) {
    return new ValidationException("Unrecognized function: " + name);
  }

  public static ValidationException emptySet() {
    return new ValidationException("Empty bags are not supported");
  }

  public static ValidationException mixedSet() {
    return new ValidationException(
        "Unsupported data type in Bag. DynamoDB only supports either numbers or strings in bags");
  }

  public static ValidationException duplicateMapKey(String key) {
    return new ValidationException("Duplicate keys in tuple. Key: " + key + " under item");
  }

  public static ValidationException orderByWithoutWhere() {
    return new ValidationException(
        "Must have WHERE clause in the statement when using ORDER BY clause.");
  }

  public static ValidationException orderByWithoutHashKey() {
    return new ValidationException("Must have at least one non-optional hash key condition in "
        + "WHERE clause when using ORDER BY clause.");
  }

  public static ValidationException orderByNotKey(String path) {
    return new ValidationException(
        "Variable reference " + path + " in ORDER BY clause must be part of the primary key");
  }

  public static ValidationException indexInTransaction() {
    return new ValidationException("Reads on indices are not supported within transactions.");
  }

  public static ValidationException transactionReadKey() {
    return new ValidationException(
        "Select statements within ExecuteTransaction must specify the primary key in the where clause.");
  }

  public static ValidationException existsKey() {
    return new ValidationException(
        "EXISTS() must contain a single item read with additional condition");
  }

  public static ValidationException existsOutsideTransaction() {
    return new ValidationException("EXISTS can only be used in ExecuteTransaction write requests.");
  }

  public static ValidationException writeOnIndex() {
    return new ValidationException("This operation is not supported on an index");
  }

  public static ValidationException consistentReadOnGsi() {
    return new ValidationException(
        "Strongly consistent read is not supported on Global Secondary Indexes");
  }

  public static ValidationException invalidNextToken() {
    return new ValidationException("Invalid NextToken");
  }

  public static ValidationException nextTokenMismatch() {
    return new ValidationException("NextToken does not match request");
  }

  public static ValidationException keyNotScalar(String name) {
    return new ValidationException("Key attributes must be scalars; list random access '[]' and "
        + "map lookup '.' are not allowed: Key " + name);
  }
}
