package policysearch.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules found: certain merges ({@code strong}), merges taken only when unambiguous ({@code
 * weak}) and near misses for the audit ({@code candidates}).
 */
record RuleOutput(NameData data, List<Edge> strong, List<Edge> weak, List<Candidate> candidates) {
  RuleOutput(NameData data) {
    this(data, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
  }
}
