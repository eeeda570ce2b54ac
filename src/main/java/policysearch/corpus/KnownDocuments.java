package policysearch.corpus;

/**
 * What the index already holds, asked before a document file is parsed: parsing is the slow part of
 * reading, and a file whose content hash is unchanged gives the same article again.
 */
@FunctionalInterface
public interface KnownDocuments {
  /** Nothing is known: every document is parsed. */
  KnownDocuments NONE = (id, path, hash) -> false;

  /**
   * Whether article {@code id}, read from {@code path} with content hash {@code hash}, is indexed
   * as it is; when true the file is not parsed and the caller counts the article as read.
   */
  boolean current(String id, String path, String hash);
}
