package dev.keyway.engine.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** One TCP connection speaking HTTP/1.1 by hand, to do what well-behaved clients never do. */
final class RawConnection implements AutoCloseable {
  final Socket socket;

  RawConnection(KeywayServer server) throws IOException {
    this(server, 0);
  }

  /** @param receiveBuffer the socket's receive buffer in bytes, or 0 for the default */
  RawConnection(KeywayServer server, int receiveBuffer) throws IOException {
    socket = new Socket();
    if (receiveBuffer > 0) {
      socket.setReceiveBufferSize(receiveBuffer);
    }
    socket.connect(server.address());
    socket.setSoTimeout(10_000);
  }

  static byte[] request(String operation, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head = "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.0\r\n"
        + "X-Amz-Target: DynamoDB_20120810." + operation + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    byte[] all = new byte[head.length() + body.length];
    System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, all, 0, head.length());
    System.arraycopy(body, 0, all, head.length(), body.length);
    return all;
  }

  void send(byte[] bytes) throws IOException {
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
  }

  /** Status line, headers and body of the next response (which must carry Content-Length). */
  String response() throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed after " + head);
      }
      head.write(b);
    }
    String headers = head.toString(StandardCharsets.US_ASCII);
    int length = 0;
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).strip());
      }
    }
    return headers + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  /** Waits up to the socket timeout for the server to close; true if it did. */
  boolean closedByServer() throws IOException {
    InputStream in = socket.getInputStream();
    try {
      while (in.read(new byte[8192]) >= 0) {
        // drain whatever was already sent
      }
      return true;
    } catch (SocketException reset) {
      return true;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
