package dev.keyway.engine.storage.durable;

import dev.keyway.engine.Engine;
import java.nio.file.Path;

/** Run in a child JVM by {@link SecondProcessOpenerTest}: tries to open a data directory. */
public final class SecondOpener {
  private SecondOpener() {}

  public static void main(String[] args) {
    try (Engine engine = Engine.open(Path.of(args[0]))) {
      System.out.println("OPENED");
    } catch (DurableStorageException e) {
      System.out.println("REFUSED " + e.getMessage());
    }
  }
}
