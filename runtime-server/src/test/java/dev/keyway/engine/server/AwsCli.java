package dev.keyway.engine.server;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The AWS CLI against a test server, for the tests that run where {@code aws} is on the PATH (and
 * are skipped elsewhere). Each run starts the CLI, which takes seconds: tests make few calls.
 */
final class AwsCli {
  /** A finished run: its exit code, standard output and standard error. */
  record Result(int exit, String out, String err) {
    /** Both streams, as a terminal would show them. */
    String output() {
      return out + err;
    }
  }

  private AwsCli() {}

  static boolean available() {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "aws")));
  }

  /** Whether this CLI knows {@code aws <service> <command>} (older ones lack newer commands). */
  static boolean knows(String service, String command) throws IOException, InterruptedException {
    Result bare = run("http://127.0.0.1:1", "AKIDPROBE", "secret", service, command);
    return !bare.err().contains("Invalid choice");
  }

  /**
   * Runs {@code aws <args> --endpoint-url ENDPOINT --region us-east-1} signed with the given key,
   * ignoring the user's own configuration and making one attempt per call.
   */
  static Result run(String endpoint, String accessKey, String secretKey, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("aws"));
    command.addAll(List.of(args));
    command.addAll(List.of("--endpoint-url", endpoint, "--region", "us-east-1"));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.remove("AWS_PROFILE");
    env.put("AWS_PAGER", ""); // version 2 would pipe its output through a pager
    env.putAll(Map.of("AWS_ACCESS_KEY_ID", accessKey, "AWS_SECRET_ACCESS_KEY", secretKey,
        "AWS_CONFIG_FILE", "/dev/null", "AWS_SHARED_CREDENTIALS_FILE", "/dev/null", "AWS_MAX_ATTEMPTS", "1"));
    Path out = Files.createTempFile("aws-out", ".txt");
    Path err = Files.createTempFile("aws-err", ".txt");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      process.getOutputStream().close();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("aws " + String.join(" ", args) + " did not finish in 60 s");
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
