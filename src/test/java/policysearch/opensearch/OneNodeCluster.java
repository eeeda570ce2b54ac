package policysearch.opensearch;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a real one-node OpenSearch cluster, started once for the whole test run (the first
 * test that asks starts it) and stopped when the run ends. Tests share it, so each works in an
 * index of its own name.
 */
public final class OneNodeCluster implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(OneNodeCluster.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .computeIfAbsent("cluster", key -> start(), LocalCluster.class);
  }

  private static LocalCluster start() {
    long begin = System.nanoTime();
    try {
      LocalCluster cluster = LocalCluster.start(1, 0);
      System.err.printf(
          "one-node OpenSearch cluster started in %.1f s%n", (System.nanoTime() - begin) / 1e9);
      return cluster;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
