package dev.keyway.engine.cli;

import dev.keyway.engine.Engine;
import dev.keyway.engine.storage.durable.DurableStorageException;
import dev.keyway.error.DynamoDbException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export}: a table of a data directory to DynamoDB's export layout (DynamoDB JSON, gzip). */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports a table to DIR/AWSDynamoDB/<exportId>/ in the layout of DynamoDB's export to S3",
      "(manifest-summary.json, manifest-files.json, data/*.json.gz with one {\"Item\":{...}} per line).",
      "The data directory must not be in use by a running server."
    })
final class ExportCommand implements Callable<Integer> {
  @CommandLine.Mixin DataDirectoryOptions data;

  @Option(names = "--table", required = true, description = "The table to export.")
  String table;

  @Option(names = "--to", paramLabel = "DIR", required = true, description = "Where to write the export (created if absent).")
  Path to;

  @Option(
      names = "--at",
      paramLabel = "TIME",
      description = "Export the table as it was at TIME (ISO-8601, e.g. 2026-03-01T10:00:00Z), within its point-in-time recovery window.")
  Instant at;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Engine engine = data.open()) {
      Progress progress = new Progress(err, "exported");
      TableExporter.Result result = new TableExporter(engine, Clock.systemUTC())
          .export(table, at, to, progress::report);
      progress.done();
      out.println("Exported " + result.itemCount() + " items of " + table + " in "
          + result.dataFiles() + " data files to " + result.directory());
      out.flush();
      return 0;
    } catch (DynamoDbException e) {
      err.println(e.errorType() + ": " + e.getMessage());
      return 1;
    } catch (DurableStorageException | java.io.IOException | UncheckedIOException | IllegalArgumentException e) {
      err.println(e.getMessage());
      return 1;
    }
  }
}
