package dev.keyway.engine.server;

import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.engine.server.auth.Authorizer;
import dev.keyway.error.RequestLimitExceededException;
import dev.keyway.spi.Backend;
import dev.keyway.spi.Interceptors;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.handler.timeout.WriteTimeoutHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a {@link Backend} over DynamoDB's HTTP JSON protocol (Netty). Operations run on a worker
 * pool, never on the event loop, and each connection has at most one request in flight (requests
 * pipelined on one connection are answered in order). {@link #close()} stops accepting, lets
 * in-flight requests finish (up to the configured grace) and then closes every connection.
 * The backend is not closed: it belongs to the caller.
 */
public final class KeywayServer implements AutoCloseable {
  private final ServerConfig config;
  private final EventLoopGroup boss;
  private final EventLoopGroup workers;
  private final ExecutorService engineThreads;
  private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final ServerState state = new ServerState();
  private final ConnectionLimit connections;
  private final Channel serverChannel;
  private volatile boolean closed;

  private KeywayServer(Backend backend, ServerConfig config, Interceptors interceptors) throws InterruptedException {
    this.config = config;
    ServerLimits limits = config.limits();
    this.connections = new ConnectionLimit(limits.maxConnections());
    ConnectionClasses.preload();
    this.boss = new NioEventLoopGroup(1);
    this.workers = new NioEventLoopGroup();
    AtomicInteger threadCount = new AtomicInteger();
    this.engineThreads =
        new ThreadPoolExecutor(
            config.workerThreads(),
            config.workerThreads(),
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(limits.maxQueuedRequests()), // full: the request is shed (HttpRequestHandler)
            r -> {
              Thread t = new Thread(r, "keyway-engine-" + threadCount.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    DynamoJsonProtocol protocol = new DynamoJsonProtocol();
    SigV4Verifier verifier = config.credentials() == null ? null : new SigV4Verifier(config.credentials(), config.region());
    // Signed callers are always authorized: without a policy file their identity allows everything,
    // but the tables' resource-based policies still apply (an explicit Deny holds, as in IAM).
    Authorizer authorizer = verifier == null ? null : new Authorizer(config.policies(), backend);
    RequestProcessor processor = new RequestProcessor(backend, interceptors, protocol, verifier, authorizer);
    RequestProcessor.Reply tooManyConnections =
        processor.error(new RequestLimitExceededException(HttpRequestHandler.REQUEST_LIMIT_EXCEEDED));
    try {
      ServerBootstrap bootstrap =
          new ServerBootstrap()
              .group(boss, workers)
              .channel(NioServerSocketChannel.class)
              .option(ChannelOption.SO_BACKLOG, 1024)
              .childOption(ChannelOption.TCP_NODELAY, true)
              .handler(new AcceptRecovery())
              .childHandler(
                  new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                      ConnectionLimit.Decision decision = connections.admit(ch);
                      if (decision == ConnectionLimit.Decision.CLOSE) {
                        return;
                      }
                      channels.add(ch);
                      ChannelPipeline p = ch.pipeline();
                      if (config.tls() != null) {
                        // First: every byte in and out is TLS. A client speaking plain HTTP fails
                        // the handshake and its connection is closed (exceptionCaught below).
                        p.addLast(config.tls().newHandler(ch.alloc()));
                      }
                      if (decision == ConnectionLimit.Decision.ANSWER_AND_CLOSE) {
                        p.addLast(new HttpServerCodec());
                        p.addLast(new RefusedConnection(tooManyConnections, limits.requestTimeout().toMillis()));
                        return;
                      }
                      long idle = config.idleTimeout().toMillis();
                      RequestDeadline deadline = new RequestDeadline(limits.requestTimeout());
                      // Idle means nothing read and no output written, a stalled response included.
                      p.addLast(new IdleStateHandler(true, 0, 0, idle, TimeUnit.MILLISECONDS));
                      p.addLast(new WriteTimeoutHandler(limits.writeTimeout().toMillis(), TimeUnit.MILLISECONDS));
                      p.addLast(deadline.start());
                      p.addLast(new HttpServerCodec());
                      p.addLast(deadline.stop());
                      p.addLast(new BodyLimitAggregator(config.maxRequestBytes(), protocol));
                      p.addLast(new HttpRequestHandler(processor, engineThreads, state, config.tls() != null));
                    }
                  });
      this.serverChannel = bind(bootstrap, config);
    } catch (InterruptedException | RuntimeException e) {
      shutdownThreads();
      throw e;
    }
  }

  /**
   * Binds the listening socket. Netty rethrows a failed bind (port in use, address not local)
   * as the checked {@link IOException} it is, undeclared: it becomes one readable unchecked
   * exception here, so that callers can report it in a line instead of a stack trace.
   */
  private static Channel bind(ServerBootstrap bootstrap, ServerConfig config) throws InterruptedException {
    ChannelFuture bound = bootstrap.bind(config.host(), config.port()).await();
    if (bound.isSuccess()) {
      return bound.channel();
    }
    Throwable cause = bound.cause();
    if (cause instanceof IOException io) {
      throw new UncheckedIOException(
          "Cannot listen on " + config.host() + ":" + config.port() + ": " + io.getMessage(), io);
    }
    throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
  }

  /**
   * Loads and initialises the classes a server needs to start and to serve its first connections
   * ({@link #start} would load them anyway). Netty's static initialisers probe the platform and
   * take tens of milliseconds: a launcher can call this first, on another thread, to overlap them
   * with its own start-up work (the command line does, while it parses its arguments).
   */
  public static void initializeClasses() {
    StartupClasses.initialize();
  }

  /**
   * Binds and starts serving; returns once the port is open.
   *
   * @throws UncheckedIOException when the address cannot be bound, e.g. the port is in use
   */
  public static KeywayServer start(Backend backend, ServerConfig config) {
    return start(backend, config, Interceptors.none());
  }

  /**
   * Binds and starts serving, passing every request through {@code interceptors}; their
   * {@link dev.keyway.spi.CallContext} carries the signer's access key when signatures are checked.
   */
  public static KeywayServer start(Backend backend, ServerConfig config, Interceptors interceptors) {
    try {
      return new KeywayServer(backend, config, interceptors);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while binding", e);
    }
  }

  public InetSocketAddress address() {
    return (InetSocketAddress) serverChannel.localAddress();
  }

  public int port() {
    return address().getPort();
  }

  public ServerConfig config() {
    return config;
  }

  /** Connections open now (for tests and monitoring). */
  public int openConnections() {
    return connections.open();
  }

  /** Connections beyond the limit waiting to be answered (for tests). */
  int refusedConnectionsAnswering() {
    return connections.answering();
  }

  /** The listening socket's channel (package-private for tests). */
  Channel serverChannel() {
    return serverChannel;
  }

  /** The endpoint URL clients use, e.g. {@code http://127.0.0.1:8000} ({@code https} with TLS). */
  public String endpoint() {
    String host = address().getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return (config.tls() == null ? "http://" : "https://") + host + ":" + port();
  }

  /** Stops accepting, waits for in-flight requests (up to the grace period), closes connections. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    state.beginShutdown();
    serverChannel.close().awaitUninterruptibly();
    try {
      state.awaitIdle(config.shutdownGrace().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    channels.close().awaitUninterruptibly();
    shutdownThreads();
  }

  private void shutdownThreads() {
    engineThreads.shutdown();
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    workers.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    try {
      engineThreads.awaitTermination(config.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
      boss.terminationFuture().await(5, TimeUnit.SECONDS);
      workers.terminationFuture().await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
