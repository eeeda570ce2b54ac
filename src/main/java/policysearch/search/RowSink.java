package policysearch.search;

import java.io.IOException;

/** Receives an export's number of rows, then the rows; may fail writing them. */
public interface RowSink<T> {
  /** How many rows will follow, told once before the first; ignored by default. */
  default void total(long total) throws IOException {}

  /** Takes one row. */
  void accept(T row) throws IOException;
}
