package policysearch.search;

import java.nio.file.Path;

/**
 * Where the original of an article read from a document file is, and what it was when indexed.
 *
 * @param fileHash SHA-256 of the file as indexed: a file changed since is not served as the
 *     original
 */
public record OriginalFile(Path path, String format, String fileHash) {}
