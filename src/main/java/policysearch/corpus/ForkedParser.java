package policysearch.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesClient;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;

/**
 * Parses documents in forked JVMs with tika-pipes: each process has its own small heap, a file that
 * takes longer than the time limit gets its process killed (and a new one started for the next
 * file), and an out-of-memory or a crash costs one file, never this process. The processes start on
 * the first document and stop when this parser is closed, after a minute without work, or with this
 * JVM (they read their requests from its pipe).
 */
public final class ForkedParser implements DocumentParser {
  private static final String FETCHER = "fs";

  private final ParserLimits limits;
  private final BlockingQueue<PipesClient> idle;
  private final List<PipesClient> all = new ArrayList<>();
  private Path config;
  private boolean closed;

  /** A parser within {@code limits}; no process starts before the first file. */
  public ForkedParser(ParserLimits limits) {
    this.limits = limits;
    this.idle = new ArrayBlockingQueue<>(limits.processes());
  }

  @Override
  public ParsedFile parse(Path file) throws BadInputException {
    PipesClient client = take();
    try {
      return answer(client.process(tuple(file)));
    } catch (IOException e) {
      throw new BadInputException("the parser process failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException("interrupted while parsing");
    } finally {
      idle.add(client);
    }
  }

  @Override
  public int parallelism() {
    return limits.processes();
  }

  private FetchEmitTuple tuple(Path file) {
    ParseContext context = new ParseContext();
    context.set(
        HandlerConfig.class,
        new HandlerConfig(
            BasicContentHandlerFactory.HANDLER_TYPE.XML,
            HandlerConfig.PARSE_MODE.RMETA,
            limits.maxChars(),
            0,
            false));
    String key = file.toAbsolutePath().toString();
    return new FetchEmitTuple(
        key,
        new FetchKey(FETCHER, key),
        new EmitKey(),
        new Metadata(),
        context,
        FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
  }

  private ParsedFile answer(PipesResult result) throws BadInputException {
    switch (result.getStatus()) {
      case PARSE_SUCCESS,
          PARSE_SUCCESS_WITH_EXCEPTION,
          PARSE_EXCEPTION_EMIT,
          INTERMEDIATE_RESULT -> {
        Metadata metadata = result.getEmitData().getMetadataList().get(0);
        String failure = metadata.get(TikaCoreProperties.CONTAINER_EXCEPTION);
        if (failure != null) {
          throw new BadInputException(ParseFailures.reason(failure));
        }
        String xhtml = metadata.get(TikaCoreProperties.TIKA_CONTENT);
        return new ParsedFile(xhtml == null ? "" : xhtml, metadata);
      }
      case PARSE_EXCEPTION_NO_EMIT ->
          throw new BadInputException(ParseFailures.reason(result.getMessage()));
      case TIMEOUT ->
          throw new BadInputException(
              "parsing took longer than the time limit of " + duration(limits) + " per file");
      case OOM ->
          throw new BadInputException(
              "parsing ran out of memory (parser heap " + limits.heapMegabytes() + " MB)");
      case EMPTY_OUTPUT -> throw new BadInputException("no text");
      case FETCH_EXCEPTION ->
          throw new BadInputException(
              "cannot read: " + ParseFailures.firstLine(result.getMessage()));
      default ->
          throw new BadInputException(
              "the parser process failed ("
                  + result.getStatus().name().toLowerCase(java.util.Locale.ROOT)
                  + ")");
    }
  }

  private static String duration(ParserLimits limits) {
    long millis = limits.timeout().toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private synchronized PipesClient take() throws BadInputException {
    if (closed) {
      throw new BadInputException("the parser is closed");
    }
    if (all.isEmpty()) {
      start();
    }
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException("interrupted while waiting for a parser");
    }
  }

  private void start() {
    try {
      config = Files.createTempFile("policy-search-tika", ".xml");
      try (InputStream in = ForkedParser.class.getResourceAsStream("/documents/tika-config.xml")) {
        Files.write(config, in.readAllBytes());
      }
      PipesConfig pipes;
      try (InputStream in = Files.newInputStream(config)) {
        pipes = PipesConfig.load(in);
      }
      pipes.setTikaConfig(config);
      pipes.setTimeoutMillis(limits.timeout().toMillis());
      pipes.setStartupTimeoutMillis(60_000);
      pipes.setSleepOnStartupTimeoutMillis(1_000);
      pipes.setShutdownClientAfterMillis(60_000);
      pipes.setMaxForEmitBatchBytes(-1);
      pipes.setJavaPath(ProcessHandle.current().info().command().orElse("java"));
      pipes.setForkedJvmArgs(
          List.of(
              "-Xmx" + limits.heapMegabytes() + "m",
              "-XX:+UseSerialGC",
              "-Xlog:disable",
              "-Dlogback.configurationFile=documents/parser-logback.xml"));
      for (int i = 0; i < limits.processes(); i++) {
        PipesClient client = new PipesClient(pipes);
        all.add(client);
        idle.add(client);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the parser configuration", e);
    } catch (org.apache.tika.exception.TikaConfigException e) {
      throw new IllegalStateException("the bundled parser configuration is invalid", e);
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    for (PipesClient client : all) {
      try {
        client.close();
      } catch (IOException e) {
        // The process is killed either way; nothing else to release.
      }
    }
    all.clear();
    if (config != null) {
      try {
        Files.deleteIfExists(config);
      } catch (IOException e) {
        config.toFile().deleteOnExit();
      }
    }
  }
}
