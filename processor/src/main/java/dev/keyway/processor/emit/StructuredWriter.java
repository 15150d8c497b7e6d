package dev.keyway.processor.emit;

/**
 * Writes a document of objects, arrays, strings, numbers and booleans as a stream of events; {@link Json} and
 * {@link Yaml} render the same events, so one emitter writes both formats.
 */
interface StructuredWriter {
  /** Opens an object ({@code '{'}) or array ({@code '['}), as a value of the pending key or array element. */
  StructuredWriter open(char c);

  StructuredWriter close(char c);

  StructuredWriter key(String k);

  StructuredWriter field(String k, String v);

  StructuredWriter number(String k, long v);

  StructuredWriter bool(String k, boolean v);

  StructuredWriter string(String v);
}
