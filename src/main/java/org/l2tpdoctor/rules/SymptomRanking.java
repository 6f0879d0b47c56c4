package org.l2tpdoctor.rules;

import java.util.List;

/** A user's symptom in their words, and the rules it points at, best first. */
public record SymptomRanking(String words, List<SymptomMatcher.Match> matches) {
    public SymptomRanking {
        matches = List.copyOf(matches);
    }

    /** The ranking of {@code rules} for the words, or null when there are none. */
    public static SymptomRanking of(String words, List<Rule> rules) {
        return words == null || words.isBlank() ? null : new SymptomRanking(words, SymptomMatcher.rank(words, rules));
    }
}
