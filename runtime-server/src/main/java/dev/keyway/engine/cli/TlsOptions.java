package dev.keyway.engine.cli;

import dev.keyway.engine.server.DevelopmentCertificate;
import dev.keyway.engine.server.ServerTls;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Option;

/** The HTTPS options of {@code serve}: a certificate and key from files, or a generated one. */
final class TlsOptions {
  @Option(
      names = "--tls-cert",
      paramLabel = "FILE",
      description = "Serve HTTPS with this PEM certificate chain (server certificate first). Needs --tls-key. TLS 1.2 and 1.3 only.")
  Path certificateChain;

  @Option(names = "--tls-key", paramLabel = "FILE", description = "The PEM (PKCS#8, unencrypted) private key of --tls-cert.")
  Path privateKey;

  @Option(
      names = "--tls-self-signed",
      description = "Serve HTTPS with a certificate for localhost, 127.0.0.1 and ::1 generated at start (development only); its file is printed for clients to trust.")
  boolean selfSigned;

  /**
   * The server's TLS, or null for plain HTTP. Announces where a generated certificate was written.
   *
   * @throws IllegalArgumentException with one line for the user when the options or files are unusable
   */
  ServerTls serverTls(PrintWriter out) {
    if (selfSigned && (certificateChain != null || privateKey != null)) {
      throw new IllegalArgumentException("--tls-self-signed: use it or --tls-cert and --tls-key, not both.");
    }
    if ((certificateChain == null) != (privateKey == null)) {
      throw new IllegalArgumentException("--tls-cert and --tls-key go together: give both files.");
    }
    if (certificateChain != null) {
      try {
        return ServerTls.fromPemFiles(certificateChain, privateKey);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--tls-cert/--tls-key: " + e.getMessage(), e);
      }
    }
    return selfSigned ? selfSigned(out) : null;
  }

  private static ServerTls selfSigned(PrintWriter out) {
    DevelopmentCertificate certificate = DevelopmentCertificate.generate(Instant.now());
    Path file;
    try {
      // A fresh directory per start: the certificate changes each time the server starts.
      file = certificate.writePem(Files.createTempDirectory("keyway-tls-").resolve("keyway-localhost.pem"));
    } catch (IOException e) {
      throw new IllegalArgumentException("--tls-self-signed: cannot write the certificate: " + e.getMessage(), e);
    }
    out.println(
        "Self-signed certificate for localhost, 127.0.0.1 and ::1 (development only) written to " + file
            + "; clients must trust it, e.g. aws --ca-bundle " + file);
    return certificate.serverTls();
  }
}
