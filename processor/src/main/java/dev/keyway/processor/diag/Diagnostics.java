package dev.keyway.processor.diag;

import dev.keyway.processor.model.Place;
import javax.annotation.processing.Messager;

/**
 * The only way the processor reports: wraps {@link Messager}, pins each message to a {@link Place},
 * and counts errors so a stage can stop before emitting.
 */
public final class Diagnostics {
  private final Messager messager;
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  public void report(Msg msg, Place place, Object... args) {
    if (msg.kind() == javax.tools.Diagnostic.Kind.ERROR) {
      errors++;
    }
    String text = msg.text(args);
    if (place.mirror() != null && place.value() != null) {
      messager.printMessage(msg.kind(), text, place.element(), place.mirror(), place.value());
    } else if (place.mirror() != null) {
      messager.printMessage(msg.kind(), text, place.element(), place.mirror());
    } else {
      messager.printMessage(msg.kind(), text, place.element());
    }
  }

  /** A message with no element to point at (last resort). */
  public void reportGlobal(Msg msg, Object... args) {
    if (msg.kind() == javax.tools.Diagnostic.Kind.ERROR) {
      errors++;
    }
    messager.printMessage(msg.kind(), msg.text(args));
  }

  /** Errors reported so far; compare before and after a stage to know whether it failed. */
  public int errorCount() {
    return errors;
  }
}
