package dev.keyway.engine.server;

import dev.keyway.engine.protocol.DynamoJsonProtocol;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;

/** The headers every DynamoDB response carries. */
final class Responses {
  static final AsciiString REQUEST_ID = AsciiString.cached("x-amzn-RequestId");
  static final AsciiString CRC32_HEADER = AsciiString.cached("x-amz-crc32");
  private static final AsciiString JSON = AsciiString.cached(DynamoJsonProtocol.CONTENT_TYPE);
  private static final char[] ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

  private Responses() {}

  /** 52 upper-case letters and digits, the shape of DynamoDB's request ids. */
  static String newRequestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] id = new char[52];
    for (int i = 0; i < id.length; i++) {
      id[i] = ID_CHARS[random.nextInt(ID_CHARS.length)];
    }
    return new String(id);
  }

  static long crc32(byte[] body) {
    CRC32 crc = new CRC32();
    crc.update(body, 0, body.length);
    return crc.getValue();
  }

  static void decorate(FullHttpResponse response, byte[] body, String requestId) {
    decorate(response, body, requestId, JSON);
  }

  /** Writes {@code reply} as the connection's last response, then closes it. */
  static void answerAndClose(ChannelHandlerContext ctx, RequestProcessor.Reply reply) {
    FullHttpResponse response = new DefaultFullHttpResponse(
        HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(reply.status()), Unpooled.wrappedBuffer(reply.body()));
    decorate(response, reply.body(), newRequestId(), reply.contentType());
    response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
  }

  static void decorate(FullHttpResponse response, byte[] body, String requestId, CharSequence contentType) {
    HttpHeaders h = response.headers();
    h.set(HttpHeaderNames.CONTENT_TYPE, contentType);
    h.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    h.set(REQUEST_ID, requestId);
    h.set(CRC32_HEADER, Long.toString(crc32(body)));
  }
}
