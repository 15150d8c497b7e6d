package dev.keyway.engine.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.LastHttpContent;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Closes a connection whose request is not received in full within the timeout, counted from the
 * request's first byte. The idle timeout alone cannot do this: a client sending a byte every few
 * seconds is never idle. One instance per connection, with two handlers: {@link #start()} sits
 * before the HTTP decoder and sees the first raw bytes (a request line or headers may never
 * complete); {@link #stop()} sits after it and sees each request's end.
 */
final class RequestDeadline {
  private static final Logger LOG = Logger.getLogger(RequestDeadline.class.getName());

  private final Duration timeout;
  private ScheduledFuture<?> pending; // only touched on the connection's event loop

  RequestDeadline(Duration timeout) {
    this.timeout = timeout;
  }

  ChannelInboundHandlerAdapter start() {
    return new Start();
  }

  ChannelInboundHandlerAdapter stop() {
    return new Stop();
  }

  /** Before the HTTP decoder: the first bytes of a request start the clock. */
  final class Start extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (pending == null && msg instanceof ByteBuf bytes && bytes.isReadable()) {
        pending = ctx.executor().schedule(() -> expire(ctx), timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      ctx.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      cancel();
      ctx.fireChannelInactive();
    }
  }

  /** After the HTTP decoder: the end of a request stops the clock. */
  final class Stop extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof LastHttpContent) {
        cancel();
      }
      ctx.fireChannelRead(msg);
    }
  }

  private void expire(ChannelHandlerContext ctx) {
    pending = null;
    LOG.info(() -> "Closed the connection from " + ctx.channel().remoteAddress() + ": its request did not arrive within "
        + timeout.toMillis() + " ms (serve --request-timeout)");
    ctx.close();
  }

  private void cancel() {
    if (pending != null) {
      pending.cancel(false);
      pending = null;
    }
  }
}
