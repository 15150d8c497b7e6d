package dev.keyway.engine.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
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
  private final RequestProcessor.Reply refusal;
  private final long patienceMillis;
  private boolean answered;

  RefusedConnection(RequestProcessor.Reply refusal, long patienceMillis) {
    this.refusal = refusal;
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
      Responses.answerAndClose(ctx, refusal);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
