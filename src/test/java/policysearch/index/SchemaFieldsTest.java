package policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SchemaFieldsTest {
  /** Public String constants of Schema that are values, not field names. */
  private static final Set<String> VALUES =
      Set.of("KIND_ARTICLE", "KIND_STATEMENT", "KIND_DELETED");

  @Test
  void everyFieldNamedBySchemaHasAUseAndNoOtherFieldDoes() throws IllegalAccessException {
    Set<String> named = new TreeSet<>();
    for (Field constant : Schema.class.getFields()) {
      if (Modifier.isStatic(constant.getModifiers())
          && constant.getType() == String.class
          && !VALUES.contains(constant.getName())) {
        named.add((String) constant.get(null));
      }
    }
    Set<String> described =
        SchemaFields.ALL.stream()
            .map(SchemaFields.Field::name)
            .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(named, described);
    assertEquals(SchemaFields.ALL.size(), described.size());
  }
}
