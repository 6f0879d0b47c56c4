package org.l2tpdoctor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Ranks rules by how well a user's description ("the second client fails", "error 809") matches
 * the symptoms each rule lists: shared words, weighted up when a whole symptom phrase appears.
 */
public final class SymptomMatcher {
    private static final Set<String> STOP = Set.of("the", "and", "but", "not", "for", "with", "from", "that", "this",
            "when", "can", "cannot", "can't", "does", "doesn't", "our", "one", "are", "was", "has", "have", "all",
            "after", "then", "get", "gets", "got", "any", "via", "into", "they", "them", "it's", "its", "my");

    /**
     * Windows error codes and the causes documented for them, most likely first (knowledge.md
     * "Client-side error codes"; Microsoft's RAS error texts): 809 the server does not answer
     * (IKE or NAT-T blocked, or the registry key for a server behind NAT), 789 and 13801 IPsec
     * negotiation or its credentials failed, 691 the user name or password was refused, 812 the
     * authentication protocol is not allowed, 628 the server closed the link before PPP was up.
     */
    static final Map<String, List<String>> WINDOWS_CODES = Map.of(
            "809", List.of("L2TP-FW-002", "L2TP-CLIENT-001", "L2TP-FW-001", "L2TP-IKE-001", "L2TP-CLIENT-002",
                    "L2TP-FW-006", "L2TP-ESP-001"),
            "789", List.of("L2TP-PSK-002", "L2TP-PROPOSAL-002", "L2TP-PROPOSAL-005", "L2TP-PEER-001", "L2TP-PSK-001",
                    "L2TP-SERVER-002", "L2TP-CLIENT-003"),
            "13801", List.of("L2TP-PSK-002", "L2TP-PEER-001", "L2TP-PSK-001"),
            "691", List.of("L2TP-AUTH-001", "L2TP-SECRET-001"),
            "812", List.of("L2TP-AUTH-003", "L2TP-SERVER-003"),
            "628", List.of("L2TP-SECRET-001", "L2TP-POOL-002", "L2TP-PROFILE-002", "L2TP-SECRET-002"));
    private static final Pattern CODE = Pattern.compile("\\b(\\d{3,5})\\b");

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
        documentedCausesFirst(description, rules, matches);
        matches.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(m -> m.rule().level(), Comparator.reverseOrder())
                .thenComparing(m -> m.rule().id()));
        return matches;
    }

    /**
     * When the words hold a Windows error code, the causes documented for it rank first, in their
     * documented order, above rules that merely list the code among their symptoms.
     */
    private static void documentedCausesFirst(String description, List<Rule> rules, List<Match> matches) {
        List<String> documented = new ArrayList<>();
        Matcher code = CODE.matcher(description);
        while (code.find()) {
            WINDOWS_CODES.getOrDefault(code.group(1), List.of()).stream().filter(id -> !documented.contains(id))
                    .forEach(documented::add);
        }
        if (documented.isEmpty()) {
            return;
        }
        matches.replaceAll(m -> documented.contains(m.rule().id()) ? m : new Match(m.rule(), Math.min(m.score(), 0.9)));
        matches.removeIf(m -> documented.contains(m.rule().id()));
        for (int i = 0; i < documented.size(); i++) {
            String id = documented.get(i);
            double score = 1.0 - i * 0.01;
            rules.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(r -> matches.add(new Match(r, score)));
        }
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
