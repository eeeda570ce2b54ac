package policysearch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of the guide, checked on the production classes: one direction, {@code corpus →
 * extract → resolve → embed → index → search → web → cli} (the OpenSearch back end answers in
 * search's records and is used by cli only), and each library only where it belongs.
 */
@AnalyzeClasses(packages = "policysearch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /** Classes of ours that use Lucene themselves: the index and the Lucene backend. */
  private static final DescribedPredicate<JavaClass> USE_LUCENE =
      DescribedPredicate.describe(
          "use Lucene",
          c ->
              c.getPackageName().startsWith("policysearch")
                  && c.getDirectDependenciesFromSelf().stream()
                      .anyMatch(
                          d ->
                              d.getTargetClass().getPackageName().startsWith("org.apache.lucene")));

  /** A package may use those before it, never those after it; skipping a step is fine. */
  @ArchTest
  static final ArchRule ONE_DIRECTION =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("corpus")
          .definedBy("policysearch.corpus..")
          .layer("extract")
          .definedBy("policysearch.extract..")
          .layer("resolve")
          .definedBy("policysearch.resolve..")
          .layer("embed")
          .definedBy("policysearch.embed..")
          .layer("index")
          .definedBy("policysearch.index..")
          .layer("search")
          .definedBy("policysearch.search..")
          .layer("opensearch")
          .definedBy("policysearch.opensearch..")
          .layer("web")
          .definedBy("policysearch.web..")
          .layer("bench")
          .definedBy("policysearch.bench..")
          .layer("cli")
          .definedBy("policysearch.cli..")
          .layer("main")
          .definedBy("policysearch")
          .whereLayer("main")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("cli")
          .mayOnlyBeAccessedByLayers("main")
          .whereLayer("bench")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("web")
          .mayOnlyBeAccessedByLayers("bench", "cli")
          .whereLayer("opensearch")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("search")
          .mayOnlyBeAccessedByLayers("opensearch", "web", "bench", "cli")
          .whereLayer("index")
          .mayOnlyBeAccessedByLayers("search", "opensearch", "web", "bench", "cli")
          .whereLayer("embed")
          .mayOnlyBeAccessedByLayers("index", "search", "opensearch", "web", "bench", "cli")
          .whereLayer("resolve")
          .mayOnlyBeAccessedByLayers("index", "search", "opensearch", "web", "bench", "cli")
          .whereLayer("extract")
          .mayOnlyBeAccessedByLayers(
              "resolve", "embed", "index", "search", "opensearch", "web", "bench", "cli")
          .whereLayer("corpus")
          .mayOnlyBeAccessedByLayers(
              "extract",
              "resolve",
              "embed",
              "index",
              "search",
              "opensearch",
              "web",
              "bench",
              "cli");

  /**
   * Lucene lives in index and search. And in bench, whose baseline is raw Lucene: a bare {@code
   * IndexWriter} loop and {@code IndexSearcher} queries to compare the service with.
   */
  @ArchTest
  static final ArchRule LUCENE_IN_INDEX_AND_SEARCH =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "policysearch.index..", "policysearch.search..", "policysearch.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.lucene..");

  /**
   * The web layer sees the search side only through {@code SearchBackend}, {@code BackendWriter}
   * and the API records: no class it uses touches Lucene (so the Lucene backend's classes, which
   * all do, are out of its reach), and any backend can serve the page and the API.
   */
  @ArchTest
  static final ArchRule WEB_SEES_ONLY_THE_SEAM =
      noClasses()
          .that()
          .resideInAPackage("policysearch.web..")
          .should()
          .dependOnClassesThat(USE_LUCENE);

  /** The embedding model and its runtime (LangChain4j, ONNX Runtime) live in embed. */
  @ArchTest
  static final ArchRule MODEL_IN_EMBED =
      noClasses()
          .that()
          .resideOutsideOfPackage("policysearch.embed..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..");

  /**
   * The OpenSearch client and its HTTP transport (Apache httpclient5) live in the opensearch
   * package; the rest of the code knows the cluster only through it.
   */
  @ArchTest
  static final ArchRule OPENSEARCH_IN_ITS_PACKAGE =
      noClasses()
          .that()
          .resideOutsideOfPackage("policysearch.opensearch..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.opensearch..", "org.apache.hc..");

  /** The HTTP stack (Javalin, Jetty) and its metrics live in web. */
  @ArchTest
  static final ArchRule HTTP_IN_WEB =
      noClasses()
          .that()
          .resideOutsideOfPackage("policysearch.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "io.micrometer..");

  /** The command line (picocli) and the choice of log back end (Logback) live in cli. */
  @ArchTest
  static final ArchRule COMMAND_LINE_IN_CLI =
      noClasses()
          .that()
          .resideOutsideOfPackage("policysearch.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("picocli..", "ch.qos.logback..");

  /**
   * Documents are read in corpus: Tika (its parsers and metadata) stays behind {@code
   * DocumentFormat}, and what leaves corpus is an {@code Article} with its {@code DocumentFacts}.
   */
  @ArchTest
  static final ArchRule TIKA_IN_CORPUS =
      noClasses()
          .that()
          .resideOutsideOfPackage("policysearch.corpus..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.tika..");

  /**
   * PDFBox and POI write documents, for the benchmark (PDFBox) and tests only; reading goes through
   * Tika, which uses them inside its own parser processes.
   */
  @ArchTest
  static final ArchRule DOCUMENT_WRITERS_IN_BENCH =
      noClasses()
          .that()
          .resideOutsideOfPackage("policysearch.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..", "org.apache.poi..");

  /** No static mutable state: a static field is a constant. */
  @ArchTest
  static final ArchRule STATIC_FIELDS_ARE_FINAL = fields().that().areStatic().should().beFinal();
}
