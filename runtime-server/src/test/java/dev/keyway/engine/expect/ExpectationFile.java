package dev.keyway.engine.expect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One file of {@code src/test/resources/expectations/}: an area of DynamoDB's behaviour as a
 * sequence of steps run in order on one fresh engine (later steps see what earlier ones wrote).
 *
 * @param setup steps run first, checked like the others
 * @param beforeEach a request sent before each step, which must succeed; or null
 */
record ExpectationFile(String name, String area, List<Step> setup, Step beforeEach, List<Step> steps) {

  static ExpectationFile load(String name) {
    try (InputStream in = ExpectationFile.class.getResourceAsStream("/expectations/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no expectation file " + name);
      }
      Map<?, ?> doc = (Map<?, ?>) JsonText.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Map<?, ?> before = (Map<?, ?>) doc.get("beforeEach");
      return new ExpectationFile(name, (String) doc.get("area"), steps(doc.get("setup")),
          before == null ? null : Step.of(before), steps(doc.get("steps")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Step> steps(Object list) {
    return list == null ? List.of() : ((List<?>) list).stream().map(m -> Step.of((Map<?, ?>) m)).toList();
  }
}
