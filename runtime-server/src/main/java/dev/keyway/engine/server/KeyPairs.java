package dev.keyway.engine.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/** Whether a private key and a public key are two halves of one key pair. */
final class KeyPairs {
  private static final byte[] PROBE = "keyway key pair check".getBytes(StandardCharsets.US_ASCII);

  private KeyPairs() {}

  /**
   * Signs a probe with the private key and verifies it with the public one: the one test that
   * works for every key type without comparing algorithm-specific numbers. Key types this JDK
   * cannot sign with are given the benefit of the doubt (the handshake will tell).
   */
  static boolean match(PrivateKey privateKey, PublicKey publicKey) {
    String algorithm = signatureAlgorithm(privateKey.getAlgorithm());
    if (algorithm == null || !privateKey.getAlgorithm().equals(publicKey.getAlgorithm())) {
      return algorithm == null;
    }
    try {
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(privateKey);
      signer.update(PROBE);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(publicKey);
      verifier.update(PROBE);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static String signatureAlgorithm(String keyAlgorithm) {
    return switch (keyAlgorithm) {
      case "RSA" -> "SHA256withRSA";
      case "EC" -> "SHA256withECDSA";
      case "Ed25519", "Ed448", "EdDSA" -> keyAlgorithm;
      default -> null;
    };
  }
}
