package dev.keyway.engine.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.TimeUnit;

/**
 * Last in the pipeline of a connection beyond the limit: answers its first request with
 * DynamoDB's RequestLimitExceeded, a throttling error the AWS SDKs retry after a backoff, then
 * closes. The request is read before the answer is written: closing a socket with unread input
 * resets it, and the client could lose the answer. A connection whose request has not arrived
 * within the request deadline (serve --request-timeout) is closed unanswered.
 */
final class RefusedConnection extends ChannelInboundHandlerAdapter {
  private final byte[] errorBody;
  private final CharSequence contentType;
  private final long patienceMillis;
  private boolean answered;

  RefusedConnection(byte[] errorBody, CharSequence contentType, long patienceMillis) {
    this.errorBody = errorBody;
    this.contentType = contentType;
    this.patienceMillis = patienceMillis;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    ctx.executor().schedule(() -> {
      ctx.close();
    }, patienceMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ReferenceCountUtil.release(msg); // the request's head and body: nothing in them changes the answer
    if (msg instanceof HttpRequest && !answered) {
      answered = true;
      FullHttpResponse response = new DefaultFullHttpResponse(
          HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST, Unpooled.wrappedBuffer(errorBody));
      Responses.decorate(response, errorBody, Responses.newRequestId(), contentType);
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
