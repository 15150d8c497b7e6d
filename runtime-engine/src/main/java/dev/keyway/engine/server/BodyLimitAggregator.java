package dev.keyway.engine.server;

import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.engine.protocol.RequestEntityTooLargeException;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

/**
 * Collects a request body up to the limit. A larger body is answered with a DynamoDB-shaped 413
 * error. On a keep-alive connection the rest of that body is read and dropped (the aggregator
 * ignores content until the message ends) and the connection stays usable: closing at once would
 * race with a client still sending, which then sees a reset instead of the 413. Other connections
 * are never affected.
 */
final class BodyLimitAggregator extends HttpObjectAggregator {
  private final DynamoJsonProtocol protocol;
  private final int limit;

  BodyLimitAggregator(int limit, DynamoJsonProtocol protocol) {
    super(limit);
    this.limit = limit;
    this.protocol = protocol;
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
    byte[] body = protocol.errorJson(new RequestEntityTooLargeException(limit));
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, Unpooled.wrappedBuffer(body));
    Responses.decorate(response, body, Responses.newRequestId());
    if (HttpUtil.isKeepAlive(oversized)) {
      ctx.writeAndFlush(response);
      return;
    }
    response.headers().set(HttpHeaderNames.CONNECTION, "close");
    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
  }
}
