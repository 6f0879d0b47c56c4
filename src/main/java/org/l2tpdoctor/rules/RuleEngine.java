package org.l2tpdoctor.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.analyze.Analysis;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * Runs rules over an analysis. Each selection is true (rows match), false (the menu was read and
 * nothing matches) or unknown (the menu was not in the input); the condition combines them with
 * three-valued logic, so a rule without its data says so instead of passing.
 */
public final class RuleEngine {
    /**
     * The user's own words as evidence: one row ({@code text=...}) when a symptom was given, none
     * otherwise, and never unknown, so a client note can fire when the symptom points at that
     * client ({@code /doctor symptom where text~"iphone|mac"}) and stay silent when it does not.
     */
    public static final String SYMPTOM_MENU = "/doctor symptom";

    private final List<Rule> rules;
    private final List<Row> symptom;

    public RuleEngine(List<Rule> rules) {
        this(rules, null);
    }

    public RuleEngine(List<Rule> rules, String symptom) {
        this.rules = List.copyOf(rules);
        this.symptom = symptom == null || symptom.isBlank() ? List.of()
                : List.of(new Row(SYMPTOM_MENU, null, Set.of(), Map.of("text", symptom.strip().toLowerCase(java.util.Locale.ROOT)),
                        null, new org.l2tpdoctor.model.Origin("your symptom", 0)));
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * Every rule's outcome, in rule order. One thread: a rule takes microseconds once warm, a
     * fleet check already runs one diagnosis per router at once, and a parallel stream only
     * added work-stealing (it showed in a 200-router profile) and start-up work.
     */
    public List<Outcome> evaluate(Analysis analysis) {
        List<Outcome> outcomes = new ArrayList<>(rules.size());
        Selections selections = new Selections(); // a condition on a row asked once, whichever rule asks
        for (Rule rule : rules) {
            outcomes.add(evaluate(rule, analysis, selections));
        }
        return List.copyOf(outcomes);
    }

    public Outcome evaluate(Rule rule, Analysis analysis) {
        return evaluate(rule, analysis, new Selections());
    }

    private Outcome evaluate(Rule rule, Analysis analysis, Selections selections) {
        Snapshot s = analysis.snapshot();
        List<String> missing = new ArrayList<>();
        for (String menu : rule.requires()) {
            if (!s.hasMenu(menu)) {
                missing.add(menu);
            }
        }
        Map<String, List<Row>> matched = new LinkedHashMap<>();
        Map<String, Truth> truth = new LinkedHashMap<>();
        for (Map.Entry<String, Query> e : rule.selections().entrySet()) {
            Query q = e.getValue();
            if (q.menu().equals(SYMPTOM_MENU)) {
                List<Row> rows = matching(symptom, q);
                matched.put(e.getKey(), rows);
                truth.put(e.getKey(), rows.isEmpty() ? Truth.FALSE : Truth.TRUE);
                continue;
            }
            if (!s.hasMenu(q.menu())) {
                truth.put(e.getKey(), Truth.UNKNOWN);
                missing.add(q.menu());
                continue;
            }
            List<Row> rows = q.where().isPresent() ? selections.matching(s.rows(q.menu()), q.where().get())
                    : List.copyOf(s.rows(q.menu()));
            matched.put(e.getKey(), rows);
            truth.put(e.getKey(), rows.isEmpty() ? Truth.FALSE : Truth.TRUE);
        }
        Truth result = missing.stream().anyMatch(rule.requires()::contains) ? Truth.UNKNOWN
                : eval(rule.condition(), truth);
        if (result == Truth.TRUE) {
            List<Row> evidence = new ArrayList<>();
            // by identity, like Analysis.basis: a row's value hash walks all its properties
            Set<Row> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Map.Entry<String, List<Row>> e : matched.entrySet()) {
                if (truth.get(e.getKey()) == Truth.TRUE) {
                    for (Row r : e.getValue()) {
                        for (Row b : analysis.basisOf(r)) {
                            if (seen.add(b)) {
                                evidence.add(b);
                            }
                        }
                    }
                }
            }
            Severity severity = severity(rule, truth);
            return new Outcome.Finding(rule, evidence, fixFor(rule, evidence, s),
                    severity == null ? rule.level() : severity.level(),
                    // a because can name the object that decided it, as a fix does: {address}
                    severity == null ? "" : Placeholders.fill(severity.because(), evidence));
        }
        if (result == Truth.UNKNOWN) {
            List<String> menus = missing.stream().distinct().toList();
            return new Outcome.NotChecked(rule, menus, menus.stream().map(MenuCommands::printCommand).distinct().toList());
        }
        return new Outcome.Passed(rule);
    }

    /**
     * The rows a selection picks, in order: a plain loop, since a big log's menus hold tens of
     * thousands of rows and a lambda and an Optional per row and selection cost a fifth of the
     * rules' time under the launcher's quick compiler.
     */
    private static List<Row> matching(List<Row> rows, Query q) {
        Expression where = q.where().orElse(null);
        if (where == null) {
            return List.copyOf(rows);
        }
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (RowMatcher.matches(where, r)) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The fix for this router: the legacy-peer variant when the evidence says so or the router's
     * version has no /ip ipsec identity yet (the catalogue knows since when it has).
     */
    static String fixFor(Rule rule, List<Row> evidence, Snapshot s) {
        boolean legacy = evidence.stream().anyMatch(r -> "yes".equals(r.get(".legacy-peer")))
                || !Menus.IPSEC_IDENTITY.existsIn(s.version());
        String fix = legacy && rule.fix().containsKey(Rule.FIX_LEGACY_PEER)
                ? rule.fix().get(Rule.FIX_LEGACY_PEER) : rule.fix().get(Rule.FIX_DEFAULT);
        return Placeholders.fill(fix, evidence);
    }

    /** The first severity step whose condition is true (unknown is not true), or none. */
    private static Severity severity(Rule rule, Map<String, Truth> truth) {
        for (Severity step : rule.severity()) {
            if (step.when().isEmpty() || eval(step.when().get(), truth) == Truth.TRUE) {
                return step;
            }
        }
        return null;
    }

    enum Truth { TRUE, FALSE, UNKNOWN }

    private static Truth eval(Expression e, Map<String, Truth> truth) {
        if (e instanceof Expression.And a) {
            Truth l = eval(a.left(), truth);
            Truth r = eval(a.right(), truth);
            return l == Truth.FALSE || r == Truth.FALSE ? Truth.FALSE
                    : l == Truth.TRUE && r == Truth.TRUE ? Truth.TRUE : Truth.UNKNOWN;
        }
        if (e instanceof Expression.Or o) {
            Truth l = eval(o.left(), truth);
            Truth r = eval(o.right(), truth);
            return l == Truth.TRUE || r == Truth.TRUE ? Truth.TRUE
                    : l == Truth.FALSE && r == Truth.FALSE ? Truth.FALSE : Truth.UNKNOWN;
        }
        if (e instanceof Expression.Not n) {
            Truth t = eval(n.operand(), truth);
            return t == Truth.UNKNOWN ? t : t == Truth.TRUE ? Truth.FALSE : Truth.TRUE;
        }
        if (e instanceof Expression.Presence p) {
            return truth.getOrDefault(p.name(), Truth.UNKNOWN);
        }
        throw new IllegalStateException("a condition combines selection names only: " + e);
    }
}
