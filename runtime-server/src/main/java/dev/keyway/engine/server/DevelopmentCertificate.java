package dev.keyway.engine.server;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate for {@code localhost}, {@code 127.0.0.1} and {@code ::1}, made at
 * start for development. The private key never leaves memory; only the certificate is written, for
 * clients to trust. This is the only class that uses BouncyCastle (the JDK has no public API to
 * issue certificates), so neither the engine nor a server with its own certificate loads it.
 */
public final class DevelopmentCertificate {
  private static final Duration VALIDITY = Duration.ofDays(30);
  private static final Duration CLOCK_SKEW = Duration.ofHours(1);

  private final KeyPair keys;
  private final X509Certificate certificate;

  private DevelopmentCertificate(KeyPair keys, X509Certificate certificate) {
    this.keys = keys;
    this.certificate = certificate;
  }

  /** A new P-256 key and a certificate for it, valid from an hour ago for 30 days. */
  public static DevelopmentCertificate generate(Instant now) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return forKeys(generator.generateKeyPair(), now);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate a key pair: " + e.getMessage(), e);
    }
  }

  /** A certificate for the given keys (an EC key: it is signed with SHA256withECDSA). */
  public static DevelopmentCertificate forKeys(KeyPair keys, Instant now) {
    try {
      return new DevelopmentCertificate(keys, issue(keys, now));
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot generate a self-signed certificate: " + e.getMessage(), e);
    }
  }

  /*
   * Shaped like `openssl req -x509`: its own CA (basic constraints critical, key identifiers), so
   * that strict verifiers (Python's ssl behind the AWS CLI, the JDK's PKIX) accept it as the one
   * certificate in a trust bundle; the subject alternative names are what hostname checks use.
   */
  private static X509Certificate issue(KeyPair keys, Instant now)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    X500Name name = new X500Name("CN=localhost, O=Keyway development");
    JcaX509ExtensionUtils ids = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
                name,
                new BigInteger(127, new SecureRandom()),
                Date.from(now.minus(CLOCK_SKEW)),
                Date.from(now.plus(VALIDITY)),
                name,
                keys.getPublic())
            .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
            .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyCertSign))
            .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
            .addExtension(Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(keys.getPublic()))
            .addExtension(Extension.authorityKeyIdentifier, false, ids.createAuthorityKeyIdentifier(keys.getPublic()))
            .addExtension(
                Extension.subjectAlternativeName,
                false,
                new GeneralNames(
                    new GeneralName[] {
                      new GeneralName(GeneralName.dNSName, "localhost"),
                      new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                      new GeneralName(GeneralName.iPAddress, "::1")
                    }));
    return new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** The server side of TLS with this certificate and its key. */
  public ServerTls serverTls() {
    return ServerTls.of(keys.getPrivate(), certificate);
  }

  /** The certificate as PEM, the form the AWS CLI's {@code --ca-bundle} and OpenSSL read. */
  public String pem() {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
      pem.writeObject(certificate);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /** Writes the certificate (PEM) to {@code file}, replacing it, and returns the file. */
  public Path writePem(Path file) throws IOException {
    return Files.writeString(file, pem());
  }
}
