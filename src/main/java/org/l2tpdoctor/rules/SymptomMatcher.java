package org.l2tpdoctor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ranks rules by how well a user's description ("the second client fails", "error 809") matches
 * the symptoms each rule lists: shared words, weighted up when a whole symptom phrase appears.
 */
public final class SymptomMatcher {
    private static final Set<String> STOP = Set.of("the", "and", "but", "not", "for", "with", "from", "that", "this",
            "when", "can", "cannot", "can't", "does", "doesn't", "our", "one", "are", "was", "has", "have", "all",
            "after", "then", "get", "gets", "got", "any", "via", "into", "they", "them", "it's", "its", "my");

    /** A rule and how strongly the description points at it (0..1). */
    public record Match(Rule rule, double score) {
    }

    private SymptomMatcher() {
    }

    public static List<Match> rank(String description, List<Rule> rules) {
        Set<String> words = words(description);
        String text = normalise(description);
        List<Match> matches = new ArrayList<>();
        for (Rule rule : rules) {
            double best = 0;
            List<String> phrases = new ArrayList<>(rule.symptoms());
            phrases.add(rule.title());
            for (String symptom : phrases) {
                Set<String> symptomWords = words(symptom);
                if (symptomWords.isEmpty()) {
                    continue;
                }
                long shared = symptomWords.stream().filter(words::contains).count();
                double score = (double) shared / symptomWords.size();
                if (text.contains(normalise(symptom))) {
                    score += 1;
                }
                best = Math.max(best, score);
            }
            if (best >= 0.5) {
                matches.add(new Match(rule, Math.min(1.0, best / 2 + 0.25)));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(m -> m.rule().level(), Comparator.reverseOrder())
                .thenComparing(m -> m.rule().id()));
        return matches;
    }

    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : normalise(text).split(" ")) {
            if ((w.length() >= 3 || w.matches("\\d+")) && !STOP.contains(w)) {
                words.add(stem(w));
            }
        }
        return words;
    }

    private static String normalise(String text) {
        return String.join(" ", Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+"))
                .filter(w -> !w.isBlank()).toList());
    }

    /** Crude English stemming so "drops", "dropped" and "dropping" meet. */
    private static String stem(String w) {
        for (String suffix : List.of("ping", "ped", "ing", "ed", "es", "s")) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
