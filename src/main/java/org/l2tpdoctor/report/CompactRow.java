package org.l2tpdoctor.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.rules.Query;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.text.Secrets;
import org.l2tpdoctor.text.TerminalText;

/**
 * An evidence row as a report shows it by default: the properties that matter to the finding,
 * the offending one marked, instead of the 200 characters of the full row ({@code -v} and JSON
 * keep those). What matters: the properties that name the item (name, peer, addresses), those the
 * rule's selections test, and those its fix sets; a property is offending when the rule tested it
 * on this row's menu, or when the fix sets it to another value than the row has.
 */
public final class CompactRow {
    /** Properties that tell which item a row is. */
    private static final Set<String> NAMES = Set.of("name", "peer", "remote-address", "address", "port",
            "caller-id", "service", "chain", "action", "protocol", "dst-port", "src-address", "dst-address",
            "user", "result", "reason", "state", "likely-cause", "causes", "decided-by");
    private static final Pattern TESTED = Pattern.compile("([a-z][a-z0-9.-]*)\\s*(?:!=|<=|>=|=|<|>|~|\\bin\\b)");
    private static final Pattern SETS = Pattern.compile("(?<![\\w.-])([a-z][a-z0-9-]*)=(\"[^\"]*\"|[^\\s\\]]+)");

    private final Map<String, Set<String>> testedByMenu = new HashMap<>();
    private final Map<String, Set<String>> fixSets = new HashMap<>();
    private final UnaryOperator<String> mark;

    /** {@code mark} dresses an offending {@code key=value} (bold in colour, {@code *key=value*} without). */
    public CompactRow(Outcome.Finding finding, UnaryOperator<String> mark) {
        this.mark = mark;
        Rule rule = finding.rule();
        // an info finding's selections say where it applies, not what is wrong: nothing to mark
        for (Query q : Consequence.level(finding) == Level.INFO ? java.util.List.<Query>of() : rule.selections().values()) {
            int where = q.text().indexOf(" where ");
            if (where < 0) {
                continue;
            }
            Matcher m = TESTED.matcher(q.text().substring(where + 7));
            Set<String> keys = testedByMenu.computeIfAbsent(q.menu(), k -> new HashSet<>());
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        for (String line : finding.fix().split("\n")) {
            String command = line.replaceFirst("^\\s*#\\s*", "");
            if (!command.startsWith("/")) {
                continue;
            }
            // the values set, not those inside [find ...]
            Matcher m = SETS.matcher(command.replaceAll("\\[find[^\\]]*]", ""));
            while (m.find()) {
                fixSets.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(unquote(m.group(2)));
            }
        }
    }

    /** Whether the row has a value the finding is about. */
    public boolean offending(Row row) {
        Set<String> tested = testedByMenu.getOrDefault(row.menu(), Set.of());
        return row.properties().entrySet().stream().anyMatch(e -> tested.contains(e.getKey())
                || fixSets.containsKey(e.getKey()) && !fixSets.get(e.getKey()).contains(e.getValue()));
    }

    /** The row in one line, only what matters, secrets masked, terminal-safe. */
    public String of(Row row) {
        if (row.menu().equals(Menus.LOG.path())) {
            return RowText.of(row);
        }
        Set<String> tested = testedByMenu.getOrDefault(row.menu(), Set.of());
        StringBuilder head = new StringBuilder(row.menu());
        if (row.id() != null) {
            head.append(" #").append(row.id());
        }
        if (!row.flags().isEmpty()) {
            head.append(" [").append(String.join(",", row.flags())).append(']');
        }
        StringBuilder s = new StringBuilder(TerminalText.safe(head.toString()));
        int left = 0;
        for (Map.Entry<String, String> e : row.properties().entrySet()) {
            String key = e.getKey();
            if (key.startsWith(".")) {
                continue;
            }
            boolean offending = tested.contains(key)
                    || fixSets.containsKey(key) && !fixSets.get(key).contains(e.getValue());
            if (!offending && !NAMES.contains(key) && !fixSets.containsKey(key)) {
                left++;
                continue;
            }
            String pair = key + "=" + RowText.quote(Secrets.value(key, e.getValue()));
            s.append(' ').append(offending ? mark.apply(TerminalText.safe(pair)) : TerminalText.safe(pair));
        }
        if (left > 0) {
            s.append(" …");
        }
        return s.toString();
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
