package dev.keyway.engine.cli;

import dev.keyway.engine.Engine;
import dev.keyway.engine.storage.durable.DurableOptions;
import dev.keyway.engine.storage.durable.EncryptionKey;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR [--encryption-key FILE]}: the data directory an offline command opens. */
final class DataDirectoryOptions {
  @Option(names = "--data", paramLabel = "DIR", required = true,
      description = "The data directory (not in use by a running server).")
  Path data;

  @Option(names = "--encryption-key", paramLabel = "FILE",
      description = "The key the data directory is encrypted with (see serve --encryption-key).")
  Path encryptionKey;

  /** Opens the directory; IOException or IllegalArgumentException for an unreadable key file. */
  Engine open() throws IOException {
    DurableOptions options = DurableOptions.defaults();
    if (encryptionKey != null) {
      options = options.withEncryption(EncryptionKey.fromFile(encryptionKey));
    }
    return Engine.builder().durable(data, options).build();
  }
}
