package dev.keyway.engine.server;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLException;

/**
 * The server side of HTTPS: a certificate chain and its private key, ready to wrap each accepted
 * connection in an {@link SslHandler}. Only TLS 1.2 and 1.3 are offered. Built before the server
 * starts, so that unusable files are reported before anything listens.
 */
public final class ServerTls {
  /** Older protocol versions are broken or deprecated (RFC 8996); every AWS SDK speaks these two. */
  private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

  private final SslContext context;

  private ServerTls(SslContext context) {
    this.context = context;
  }

  /**
   * Reads a PEM certificate chain (the server's certificate first) and a PEM PKCS#8 private key.
   *
   * @throws IllegalArgumentException naming the file and the problem, in one line
   */
  public static ServerTls fromPemFiles(Path certificateChain, Path privateKey) {
    requireReadable(certificateChain, "certificate chain");
    requireReadable(privateKey, "private key");
    try {
      List<X509Certificate> chain = PemFiles.certificates(certificateChain);
      PrivateKey key = PemFiles.privateKey(privateKey);
      // Netty would accept a key of another certificate, and then every handshake would fail.
      if (!KeyPairs.match(key, chain.get(0).getPublicKey())) {
        throw new IllegalArgumentException(
            "the private key in " + privateKey + " does not belong to the first certificate in " + certificateChain);
      }
      return build(SslContextBuilder.forServer(key, chain));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + oneLine(e), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(oneLine(e), e);
    }
  }

  /** For a key and certificate made in memory (the development certificate, tests). */
  public static ServerTls of(PrivateKey key, X509Certificate... chain) {
    return build(SslContextBuilder.forServer(key, chain));
  }

  private static ServerTls build(SslContextBuilder builder) {
    try {
      // The JDK provider: no native library to ship, and the same behaviour on every platform.
      return new ServerTls(builder.sslProvider(SslProvider.JDK).protocols(PROTOCOLS).build());
    } catch (SSLException e) {
      throw new IllegalArgumentException("cannot set up TLS: " + oneLine(e), e);
    }
  }

  private static void requireReadable(Path file, String what) {
    Objects.requireNonNull(file, what);
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read the " + what + " file " + file);
    }
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s*\\R\\s*", " ");
  }

  /** A handler for one new connection; it must be the first in the pipeline. */
  SslHandler newHandler(ByteBufAllocator alloc) {
    return context.newHandler(alloc);
  }
}
