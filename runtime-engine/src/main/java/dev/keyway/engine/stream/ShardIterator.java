package dev.keyway.engine.stream;

import dev.keyway.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A position in a shard, handed to clients as an opaque string shaped like DynamoDB's
 * ({@code <stream arn>|1|<base64>}): the stream, the shard, the next sequence number to read and
 * when the iterator was issued (iterators expire after 15 minutes).
 */
record ShardIterator(String streamArn, String shardId, long position, Instant issued) {
  String encode() {
    String state = shardId + "|" + position + "|" + issued.toEpochMilli();
    return streamArn + "|1|" + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(state.getBytes(StandardCharsets.UTF_8));
  }

  static ShardIterator decode(String text) {
    try {
      int first = text.indexOf('|');
      int second = text.indexOf('|', first + 1);
      if (first <= 0 || second != first + 2 || text.charAt(first + 1) != '1') {
        throw invalid();
      }
      String state = new String(Base64.getUrlDecoder().decode(text.substring(second + 1)),
          StandardCharsets.UTF_8);
      String[] parts = state.split("\\|", -1);
      if (parts.length != 3) {
        throw invalid();
      }
      return new ShardIterator(text.substring(0, first), parts[0], Long.parseLong(parts[1]),
          Instant.ofEpochMilli(Long.parseLong(parts[2])));
    } catch (IllegalArgumentException e) { // bad base64 or number
      throw invalid();
    }
  }

  private static ValidationException invalid() {
    return new ValidationException("Invalid ShardIterator");
  }
}
