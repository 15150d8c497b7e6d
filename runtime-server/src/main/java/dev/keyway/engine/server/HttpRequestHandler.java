package dev.keyway.engine.server;

import dev.keyway.error.DynamoDbException;
import dev.keyway.error.InternalServerError;
import dev.keyway.error.RequestLimitExceededException;
import dev.keyway.error.SerializationException;
import dev.keyway.error.ServiceUnavailableException;
import dev.keyway.spi.ClientOrigin;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.WriteTimeoutException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Netty glue, one instance per connection: hands each request to the engine pool and writes the
 * reply. Reading pauses while a request is in flight, so a connection has one request at a time
 * and pipelined requests are answered in order. A connection idle for the configured time (nothing
 * read, no response bytes leaving) is closed unless the engine is still working on its request,
 * so slow clients cannot hold resources forever. When the engine's queue is full the request is
 * shed with DynamoDB's throttling error rather than waiting.
 */
final class HttpRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  /** The engine's own wording: DynamoDB's answer to broken HTTP framing is not documented. */
  static final String MALFORMED_HTTP = "The request is not well-formed HTTP/1.1";

  /**
   * DynamoDB's message for RequestLimitExceeded, as its developer guide lists it under "Error
   * handling with DynamoDB" (the account's request throughput limit).
   */
  static final String REQUEST_LIMIT_EXCEEDED =
      "Throughput exceeds the current throughput limit for your account. "
          + "Please contact AWS Support at https://aws.amazon.com/support request a limit increase.";

  private static final Logger LOG = Logger.getLogger(HttpRequestHandler.class.getName());
  private static final ThrottledLog SHED_LOG = new ThrottledLog(LOG, 1000);

  private final RequestProcessor processor;
  private final Executor executor;
  private final ServerState state;
  private final boolean secure;
  private ClientOrigin origin; // the connection's, worked out at its first request
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private boolean busy;
  private volatile boolean computing;

  private record Pending(
      String method, String uri, HttpHeaders headers, byte[] body, boolean keepAlive, boolean badRequest, ClientOrigin origin) {}

  /** @param secure whether the connection is TLS (an SslHandler is ahead of this one) */
  HttpRequestHandler(RequestProcessor processor, Executor executor, ServerState state, boolean secure) {
    this.processor = processor;
    this.executor = executor;
    this.state = state;
    this.secure = secure;
  }

  private ClientOrigin origin(ChannelHandlerContext ctx) {
    if (origin == null) {
      origin = new ClientOrigin(((InetSocketAddress) ctx.channel().remoteAddress()).getAddress(), secure);
    }
    return origin;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    Pending pending =
        new Pending(
            request.method().name(),
            request.uri(),
            request.headers(),
            ByteBufUtil.getBytes(request.content()),
            HttpUtil.isKeepAlive(request),
            request.decoderResult().isFailure(),
            origin(ctx));
    if (busy) {
      queue.add(pending);
      return;
    }
    start(ctx, pending);
  }

  private void start(ChannelHandlerContext ctx, Pending pending) {
    busy = true;
    ctx.channel().config().setAutoRead(false);
    if (pending.badRequest()) {
      // The framing itself is broken (request line, headers, chunks): answer in DynamoDB's error
      // shape, then close, since where the next request would start is unknown.
      Responses.answerAndClose(ctx, processor.error(new SerializationException(MALFORMED_HTTP)));
      return;
    }
    state.begin();
    computing = true;
    try {
      executor.execute(() -> run(ctx, pending));
    } catch (RejectedExecutionException e) {
      write(ctx, pending, processor.error(refusal()));
    }
  }

  private DynamoDbException refusal() {
    if (state.shuttingDown()) {
      return new ServiceUnavailableException("The server is shutting down");
    }
    SHED_LOG.warning("Refused requests with RequestLimitExceeded: every engine thread is busy and the queue is full"
        + " (serve --max-queued-requests)");
    return new RequestLimitExceededException(REQUEST_LIMIT_EXCEEDED);
  }

  private void run(ChannelHandlerContext ctx, Pending pending) {
    RequestProcessor.Reply reply;
    try {
      reply = processor.process(
          pending.method(), pending.uri(), name -> values(pending.headers(), name), pending.body(), pending.origin());
    } catch (Throwable t) {
      // process() answers its own failures; this is a failure around it (e.g. out of memory).
      LOG.log(Level.SEVERE, "Internal error serving a request: " + t);
      reply = processor.error(new InternalServerError("Internal server error"));
    }
    write(ctx, pending, reply);
  }

  private static List<String> values(HttpHeaders headers, String name) {
    return headers.getAll(name);
  }

  private void write(ChannelHandlerContext ctx, Pending pending, RequestProcessor.Reply reply) {
    computing = false;
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(reply.status()), Unpooled.wrappedBuffer(reply.body()));
    Responses.decorate(response, reply.body(), Responses.newRequestId(), reply.contentType());
    boolean keepAlive = pending.keepAlive() && !state.shuttingDown();
    if (!keepAlive) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    }
    ChannelFuture written = ctx.writeAndFlush(response);
    written.addListener(
        f -> {
          state.end();
          if (!keepAlive || !f.isSuccess()) {
            ctx.close();
            return;
          }
          busy = false;
          Pending next = queue.poll();
          if (next != null) {
            start(ctx, next);
          } else {
            ctx.channel().config().setAutoRead(true);
            ctx.read();
          }
        });
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (event instanceof IdleStateEvent) {
      if (!computing) {
        ctx.close();
      }
      return;
    }
    super.userEventTriggered(ctx, event);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof WriteTimeoutException) {
      LOG.info(() -> "Closed the connection from " + ctx.channel().remoteAddress()
          + ": its response was not read in time (serve --write-timeout)");
    }
    ctx.close();
  }
}
