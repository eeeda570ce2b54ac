package policysearch.extract;

import java.util.List;

/**
 * Organisations found by the shape of their names, as mentions: the gazetteer's canonical name
 * where it knows the whole name, the actors named inside them ("Japanese Foreign Ministry" also
 * mentions Japan), and headline names that need a second look.
 */
final class OrganisationMentions {
  /** Tokens of an organisation's name in a headline that needs no second mention to count. */
  private static final int MAX_HEADLINE_ORG_TOKENS = 5;

  private final Gazetteer gazetteer;

  OrganisationMentions(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * An organisation found by its shape in a title-case first line, the article's headline, counts
   * when it is short and opens with no ordinary word ("Mesa Community College", "Graco Inc") or its
   * name recurs below: "Buy Giorgio Inc", "Commercial Bank" or "White House Office of Gun Violence
   * Prevention Hosts Briefing on Mental Health" do not (the next word is tried instead).
   */
  boolean confirmed(Scan s, PhraseTrie.Match<String> org) {
    int firstLineEnd = s.text().indexOf('\n');
    boolean inHeadline =
        s.headline().get(org.start())
            && (firstLineEnd < 0 || s.tokens().get(org.start()).start() < firstLineEnd);
    if (!inHeadline) {
      return true;
    }
    boolean plain =
        org.end() - org.start() <= MAX_HEADLINE_ORG_TOKENS
            && !gazetteer.isCommonWord(s.tokens().get(org.start()).text());
    return plain || s.text().indexOf(org.value(), firstLineEnd) >= 0;
  }

  /**
   * "NATO Alliance" is NATO: a known name followed by nothing but head words; not a demonym, which
   * names a body of its own ("American League", "Japanese Army") but in a headline ("ZAMBIAN SCHOOL
   * AND HOSPITAL STRIKES").
   */
  boolean onlyHeadsAfter(Scan s, PhraseTrie.Match<Gazetteer.Entry> known, int to) {
    List<Token> tokens = s.tokens();
    if (known == null
        || known.end() == known.start() + 1
            && gazetteer.isDemonym(tokens.get(known.start()).text())
            && !s.headline().get(known.start())) {
      return false;
    }
    for (int k = known.end(); k < to; k++) {
      if (!gazetteer.isOrgHead(tokens.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  Mention mention(PhraseTrie.Match<String> org, List<Token> tokens) {
    List<Token> nameTokens = Tokenizer.tokenize(org.value());
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(nameTokens, 0);
    String name =
        known != null && known.end() == nameTokens.size() ? known.value().name() : org.value();
    return new Mention(
        name,
        ActorType.ORGANIZATION,
        null,
        tokens.get(org.start()).start(),
        tokens.get(org.end() - 1).end());
  }

  /** "Japanese Foreign Ministry" also mentions Japan, "Quad Senior Cyber Group" the Quad. */
  void actorsInside(List<Token> tokens, int from, int to, List<Mention> mentions) {
    for (int k = from; k < to; k++) {
      PhraseTrie.Match<Boolean> place = gazetteer.placeAt(tokens, k);
      PhraseTrie.Match<Gazetteer.Entry> m = gazetteer.actorAt(tokens, k);
      if (place != null) {
        k = place.end() - 1;
      } else if (m != null
          && m.end() <= to
          && m.value().type() != ActorType.PERSON
          && !(k == from && m.end() == k + 1 && gazetteer.isOrgHead(tokens.get(k).text()))) {
        mentions.add(Scan.mention(m.value(), tokens, m.start(), m.end()));
        k = m.end() - 1;
      }
    }
  }

  /**
   * "(See Economic and Social Council …": an ordinary word that opens a sentence before a known
   * organisation is no part of its name.
   */
  boolean knownAfterOrdinaryFirstWord(Scan s, int i, PhraseTrie.Match<String> org) {
    if (i + 1 >= org.end() || !gazetteer.isCommonWord(s.tokens().get(i).text())) {
      return false;
    }
    boolean sentenceStart =
        i == 0
            || NameScanner.lineBreakBefore(s.text(), s.tokens(), i)
            || ".!?(:\"“".contains(s.tokens().get(i - 1).text());
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(s.tokens(), i + 1);
    return sentenceStart && known != null && known.end() == org.end();
  }
}
