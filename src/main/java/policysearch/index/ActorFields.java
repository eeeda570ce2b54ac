package policysearch.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import policysearch.extract.Actor;
import policysearch.resolve.Canonical;

/**
 * The actor fields of an article: each entity once under its canonical name (facet, type, display),
 * its names as written searchable with {@code actor:}, and one {@link Schema#ACTOR_ALIAS} term per
 * name as extracted, which the resolution pass reads to find names and to find articles whose
 * canonical names have changed.
 */
public final class ActorFields {
  private static final String SEP = "\u001f";

  private ActorFields() {}

  /** Adds the actors of an article; {@code speakers} are its statements' speakers as extracted. */
  static void add(
      Document doc, List<Actor> actors, List<Actor> speakers, Canonical names, LocalDate date) {
    Map<String, Actor> canonical = merged(actors, names, date);
    Set<String> written = new LinkedHashSet<>();
    for (Actor actor : canonical.values()) {
      doc.add(new SortedSetDocValuesFacetField(Schema.ACTOR, actor.name()));
      doc.add(new StringField(Schema.ACTOR_TYPED, Schema.typedName(actor), Field.Store.NO));
      doc.add(new StoredField(Schema.ACTOR_STORED, Schema.encode(actor)));
      written.add(actor.name());
    }
    Set<String> pairs = new LinkedHashSet<>();
    for (List<Actor> list : List.of(actors, speakers)) {
      for (Actor raw : list) {
        Actor resolved = names.of(raw, date);
        pairs.add(aliasTerm(raw, resolved.name()));
        written.add(raw.name());
      }
    }
    written.forEach(name -> doc.add(new TextField(Schema.ACTOR_TEXT, name, Field.Store.NO)));
    pairs.forEach(term -> doc.add(new StringField(Schema.ACTOR_ALIAS, term, Field.Store.NO)));
  }

  /** Actors under their canonical names, each entity once, its roles merged, in first order. */
  public static Map<String, Actor> merged(List<Actor> actors, Canonical names, LocalDate date) {
    Map<String, Actor> merged = new LinkedHashMap<>();
    for (Actor raw : actors) {
      Actor actor = names.of(raw, date);
      merged.merge(Schema.typedName(actor), actor, ActorFields::withRoles);
    }
    return merged;
  }

  private static Actor withRoles(Actor a, Actor b) {
    if (b.roles().isEmpty() || a.roles().containsAll(b.roles())) {
      return a;
    }
    Set<String> roles = new LinkedHashSet<>(a.roles());
    roles.addAll(b.roles());
    return new Actor(a.name(), a.type(), new ArrayList<>(roles));
  }

  /** The {@link Schema#ACTOR_ALIAS} term of a name as extracted and its canonical name. */
  public static String aliasTerm(Actor raw, String canonical) {
    return raw.type() + SEP + raw.name() + SEP + canonical;
  }

  /** The prefix of every {@link Schema#ACTOR_ALIAS} term of a name as extracted. */
  public static String aliasPrefix(Actor raw) {
    return raw.type() + SEP + raw.name() + SEP;
  }

  /** Splits an {@link Schema#ACTOR_ALIAS} term: type, name as extracted, canonical name. */
  public static String[] splitAlias(String term) {
    return term.split(SEP, 3);
  }
}
