package dev.keyway.engine.server.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** Assertions on a whole HTTP answer. */
final class HttpAnswer {
  private HttpAnswer() {}

  static void assertStatus(HttpResponse<String> r, int status, String body) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.body()).isEqualTo(body);
  }
}
