package dev.keyway.engine.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the PEM files of {@code serve --tls-cert/--tls-key} with the JDK alone. */
final class PemFiles {
  private static final Pattern PKCS8 =
      Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");
  /** Every algorithm a TLS server key can have; a PKCS#8 blob names its own, tried in turn. */
  private static final String[] KEY_ALGORITHMS = {"RSA", "EC", "RSASSA-PSS", "Ed25519", "Ed448"};

  private PemFiles() {}

  /** The certificates of a PEM file, in file order; at least one. */
  static List<X509Certificate> certificates(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      List<X509Certificate> chain = new ArrayList<>();
      for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        chain.add((X509Certificate) certificate);
      }
      if (chain.isEmpty()) {
        throw new IllegalArgumentException(file + " holds no PEM certificate");
      }
      return chain;
    } catch (CertificateException e) {
      throw new IllegalArgumentException(file + " holds no valid PEM certificate chain: " + e.getMessage(), e);
    }
  }

  /** The unencrypted PKCS#8 private key ({@code BEGIN PRIVATE KEY}) of a PEM file. */
  static PrivateKey privateKey(Path file) throws IOException {
    Matcher pem = PKCS8.matcher(Files.readString(file, StandardCharsets.US_ASCII));
    if (!pem.find()) {
      throw new IllegalArgumentException(
          file + " holds no unencrypted PKCS#8 private key (-----BEGIN PRIVATE KEY-----); convert it with openssl pkcs8 -topk8 -nocrypt");
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(pem.group(1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + " holds a private key that is not valid base64", e);
    }
    for (String algorithm : KEY_ALGORITHMS) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException wrongAlgorithm) {
        // try the next one
      }
    }
    throw new IllegalArgumentException(file + " holds a private key this JDK cannot read (not RSA, EC or EdDSA, or damaged)");
  }
}
