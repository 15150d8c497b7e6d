package dev.keyway.engine.server;

import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.engine.protocol.RequestEntityTooLargeException;
import dev.keyway.error.DynamoDbException;
import dev.keyway.error.SerializationException;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
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

  /**
   * The answer to {@code Expect: 100-continue}: Netty's refusals (413 for a declared body over the
   * limit, 417 for an unknown expectation) carry no body; they get DynamoDB's error shape here.
   */
  @Override
  protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
    String expectation = start.headers().get(HttpHeaderNames.EXPECT); // super removes the header
    Object response = super.newContinueResponse(start, maxContentLength, pipeline);
    if (!(response instanceof FullHttpResponse refusal) || refusal.status().code() < 400) {
      return response;
    }
    DynamoDbException error = refusal.status().code() == 413
        ? new RequestEntityTooLargeException(limit)
        : new SerializationException("Unsupported Expect header: " + expectation);
    byte[] body = protocol.errorJson(error);
    FullHttpResponse json = new DefaultFullHttpResponse(
        HttpVersion.HTTP_1_1, refusal.status(), Unpooled.wrappedBuffer(body));
    json.headers().set(refusal.headers());
    Responses.decorate(json, body, Responses.newRequestId());
    refusal.release();
    return json;
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
