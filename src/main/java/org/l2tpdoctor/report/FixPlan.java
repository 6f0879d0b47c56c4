package org.l2tpdoctor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/**
 * The one plan the report's "Do this first" and {@code --fix-script} both print: the fixes of the
 * findings that need a change (errors, then warnings, in the order of their consequence) merged
 * into one list of RouterOS commands.
 * <ul>
 * <li>each change once: two commands that set the same values on the same menu are one step, and
 *   the one that names its target ({@code [find name="x"]}) wins over a broad one;</li>
 * <li>only changes: a {@code print} in a fix is something to look at, so it goes to the checks;</li>
 * <li>alternatives ({@code # either ...} / {@code # or ...}) are commented choices, never two live
 *   commands; a command with a value still to fill in is commented too;</li>
 * <li>{@code /ip ipsec installed-sa flush}, which drops every tunnel, once, last, with its warning.</li>
 * </ul>
 * Info findings add no step: they are latent or client-side, and the report says so where they are shown.
 */
public final class FixPlan {
    public static final String FLUSH = Menus.INSTALLED_SA.path() + " flush";
    public static final String FLUSH_WARNING =
            "Last: clear the old SAs so every client renegotiates with the new settings. This drops EVERY IPsec tunnel: run it when the users can reconnect.";
    private static final Pattern SET = Pattern.compile("^(/[^\\[]+?)\\s+set\\s+(\\[find[^\\]]*])?\\s*(.*)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^>]+>");

    /** One line of the plan. */
    public sealed interface Step {
        /** The rules whose findings asked for it. */
        List<String> from();
    }

    /** A command to run. {@code note} is the fix's comment that explains it, or null. */
    public record Change(String command, String note, List<String> from) implements Step {
    }

    /** Commands of which the admin picks one; printed commented out. */
    public record Choice(String finding, List<Option> options, List<String> from) implements Step {
    }

    /** One alternative of a {@link Choice}: why, and its commands. */
    public record Option(String why, List<String> commands) {
    }

    /** Advice in place of a command: a finding whose fix is words only (which other fix covers it, what not to do). */
    public record Note(String text, List<String> from) implements Step {
    }

    /** A command the admin must complete ({@code <value>}) or may run when a condition holds; printed commented out. */
    public record Conditional(String command, String note, List<String> from) implements Step {
    }

    private final List<Step> steps;
    private final boolean flush;
    private final List<String> checks;

    private FixPlan(List<Step> steps, boolean flush, List<String> checks) {
        this.steps = List.copyOf(steps);
        this.flush = flush;
        this.checks = List.copyOf(checks);
    }

    public List<Step> steps() {
        return steps;
    }

    /** Whether the plan ends with {@link #FLUSH}. */
    public boolean flush() {
        return flush;
    }

    /** The commands to look at afterwards: the findings' verify commands and the fixes' prints, each once. */
    public List<String> checks() {
        return checks;
    }

    /** The values the plan's live changes set on {@code menu}: "generate-policy=port-strict", or "". */
    public String valuesSetOn(String menu) {
        List<String> values = new ArrayList<>();
        for (Step step : steps) {
            if (step instanceof Change c) {
                Matcher m = SET.matcher(c.command());
                if (m.matches() && m.group(1).strip().equals(menu)) {
                    values.add(m.group(3).strip());
                }
            }
        }
        return String.join(" ", values);
    }

    public boolean isEmpty() {
        return steps.isEmpty() && !flush;
    }

    /** The plan for these findings, which need not be sorted. */
    public static FixPlan of(List<Outcome.Finding> findings) {
        List<Step> steps = new ArrayList<>();
        Map<String, Integer> changeAt = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> checks = new LinkedHashSet<>();
        boolean flush = false;
        for (Outcome.Finding f : Consequence.sorted(findings)) {
            if (Consequence.level(f) == Level.INFO) {
                continue;
            }
            String id = f.rule().id();
            int before = steps.size();
            boolean flushBefore = flush;
            List<String> advice = new ArrayList<>();
            String note = null;
            Choice choice = null;
            String optionWhy = null;
            List<String> optionCommands = null;
            for (String raw : eitherFirst(f.fix()).split("\n")) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    String comment = line.substring(1).strip();
                    if (comment.startsWith("/") && optionCommands != null) {
                        // a command an alternative names, commented like every command of a choice
                        optionCommands.add(comment);
                        note = null;
                    } else if (comment.startsWith("/")) {
                        // a commented-out command: optional, run only when the comment above says so
                        if (seen.add(comment)) {
                            steps.add(new Conditional(comment, note, List.of(id)));
                        }
                        note = null;
                    } else if (comment.contains("drops every IPsec tunnel")) {
                        note = null;
                    } else if (comment.matches("(?i)(either|or)\\b.*")) {
                        if (choice == null) {
                            choice = new Choice(id, new ArrayList<>(), new ArrayList<>(List.of(id)));
                            steps.add(choice);
                        } else {
                            choice.options().add(new Option(optionWhy, optionCommands));
                        }
                        optionWhy = comment.replaceFirst(OPTION_WORDS, "");
                        optionCommands = new ArrayList<>();
                        note = null;
                    } else {
                        note = comment;
                        advice.add(comment);
                    }
                    continue;
                }
                if (isPrint(line)) {
                    checks.add(line);
                    note = null;
                    continue;
                }
                if (line.startsWith(FLUSH)) {
                    flush = true;
                    note = null;
                    continue;
                }
                if (optionCommands != null) {
                    // guarded as a live change is, unless a value is still to fill in (as for a live one)
                    optionCommands.add(PLACEHOLDER.matcher(line).find() ? line : guarded(line));
                    note = null;
                    continue;
                }
                if (PLACEHOLDER.matcher(line).find()) {
                    if (seen.add(line)) {
                        steps.add(new Conditional(line, note, List.of(id)));
                    }
                    note = null;
                    continue;
                }
                addChange(steps, changeAt, seen, guarded(line), note, id);
                note = null;
            }
            if (choice != null) {
                choice.options().add(new Option(optionWhy, optionCommands));
            }
            if (steps.size() == before && flush == flushBefore && !advice.isEmpty()) {
                steps.add(new Note(id + ": " + sentences(advice), List.of(id)));
            }
            f.rule().verify().forEach(checks::add);
        }
        return new FixPlan(steps, flush, new ArrayList<>(checks));
    }

    /**
     * Comment lines as one note. A line that ends in punctuation, or a next line that opens with a
     * parenthesis, carries on the sentence; any other line ends its own.
     */
    static String sentences(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (text.length() > 0) {
                boolean carriesOn = ":;.,".indexOf(text.charAt(text.length() - 1)) >= 0 || line.startsWith("(");
                text.append(carriesOn ? " " : "; ");
            }
            text.append(line);
        }
        return text.toString();
    }

    private static void addChange(List<Step> steps, Map<String, Integer> changeAt, Set<String> seen, String command,
                                  String note, String id) {
        String key = sameChange(command);
        Integer at = changeAt.get(key);
        if (at == null) {
            if (seen.add(command)) {
                String numbered = numberedMenu(command);
                if (numbered != null && seen.add(numbered + " print")) {
                    // RouterOS resolves item numbers against the last print of the menu in the session
                    steps.add(new Change(numbered + " print", "the item numbers below are those of this print", List.of(id)));
                }
                changeAt.put(key, steps.size());
                steps.add(new Change(command, note, new ArrayList<>(List.of(id))));
            }
            return;
        }
        Change known = (Change) steps.get(at);
        List<String> from = new ArrayList<>(known.from());
        if (!from.contains(id)) {
            from.add(id);
        }
        boolean better = !command.startsWith(":if") && named(command) && !named(known.command());
        seen.add(command);
        steps.set(at, new Change(better ? command : known.command(), known.note() != null ? known.note() : note, from));
    }

    private static final Pattern ADD = Pattern.compile("^(/[^\\[]+?)\\s+add\\s+(.*)$");
    private static final Pattern PAIR = Pattern.compile("([a-z][a-z0-9-]*)=(\"[^\"]*\"|\\[[^\\]]*]|\\S+)");

    /**
     * An {@code add} that a second run does not repeat: it runs only when no item with its comment
     * (or, without one, with all its values) exists. Set, remove and enable are idempotent already.
     */
    static String guarded(String command) {
        Matcher m = ADD.matcher(command);
        if (!m.matches()) {
            return command;
        }
        List<String> match = new ArrayList<>();
        Matcher pair = PAIR.matcher(m.group(2));
        String comment = null;
        while (pair.find()) {
            String key = pair.group(1);
            String value = pair.group(2);
            if (key.equals("comment")) {
                comment = key + "=" + value;
            } else if (!key.startsWith("place-") && !key.equals("password") && !value.startsWith("[")) {
                match.add(key + "=" + (value.startsWith("\"") ? value : "\"" + value + "\""));
            }
        }
        String where = comment != null ? comment : String.join(" ", match);
        return ":if ([:len [" + m.group(1).strip() + " find where " + where + "]] = 0) do={" + command + "}";
    }

    /**
     * What a command changes, without how it finds its targets: {@code /ip ipsec policy set [find
     * template=yes] level=unique} and {@code ... set [find name="x"] level=unique} are the same change.
     */
    static String sameChange(String command) {
        if (command.startsWith(":if ([:len [")) {
            // a guarded add: the same item (by its comment or values) is the same change, wherever it is placed
            return command.substring(0, command.indexOf("]] = 0)"));
        }
        Matcher m = SET.matcher(command);
        if (!m.matches()) {
            return command;
        }
        List<String> values = new ArrayList<>(List.of(m.group(3).strip().split("\\s+")));
        values.sort(null);
        return m.group(1).strip() + " set " + String.join(" ", values);
    }

    /** Whether the command targets objects by name or another quoted value rather than by a broad filter. */
    static boolean named(String command) {
        return command.matches(".*\\[find[^\\]]*=\"[^\"]+\".*");
    }

    private static final Pattern NUMBERED = Pattern.compile("\\b(?:place-before|numbers|destination)=\\d");

    /** The menu whose item numbers the command uses ({@code place-before=5}), or null. */
    static String numberedMenu(String command) {
        String plain = command.startsWith(":if") ? command.substring(command.indexOf("do={") + 4) : command;
        if (!NUMBERED.matcher(plain).find()) {
            return null;
        }
        Matcher m = Pattern.compile("^(/[a-z0-9 -]+?)\\s+(?:add|set|move|remove)\\b").matcher(plain);
        return m.find() ? m.group(1) : null;
    }

    static boolean isPrint(String command) {
        return command.matches("^/[^\\[]*?\\bprint\\b.*") && !command.contains(" set ") && !command.contains(" add ")
                && !command.contains(" remove ");
    }

    /** "either", "or", "or, instead," in front of an alternative's reason. */
    private static final String OPTION_WORDS = "(?i)^(?:either|or)\\b[,:]?\\s*(?:instead,?\\s*)?";
    private static final Pattern EITHER = Pattern.compile("(?i)^#\\s*either\\b.*");
    private static final Pattern OR = Pattern.compile("(?i)^#\\s*or\\b.*");

    /**
     * A fix written as "what to do, then {@code # or ...} another way" names two alternatives: the
     * first is the part before the {@code # or}, from its last plain comment (its reason) or from the
     * fix's start. Marked {@code # either}, it becomes option (a) of the choice instead of a live
     * change beside a one-option choice (L2TP-NAT-002 had printed "choose ONE of these: (a) or, the
     * documented alternative" with no command under it, its command apart as "optional").
     */
    static String eitherFirst(String fix) {
        List<String> lines = new ArrayList<>(List.of(fix.split("\n", -1)));
        int or = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (EITHER.matcher(line).matches()) {
                return fix;
            }
            if (or < 0 && OR.matcher(line).matches()) {
                or = i;
            }
        }
        if (or < 0) {
            return fix;
        }
        int reason = -1;
        boolean command = false;
        for (int i = or - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean plainComment = line.startsWith("#") && !line.substring(1).strip().startsWith("/");
            if (plainComment && command) {
                reason = i;
                break;
            }
            command |= !plainComment;
        }
        if (!command) {
            return fix;
        }
        if (reason >= 0) {
            String indent = lines.get(reason).substring(0, lines.get(reason).indexOf('#'));
            lines.set(reason, indent + "# either " + lines.get(reason).strip().substring(1).strip());
        } else {
            lines.add(0, "# either");
        }
        return String.join("\n", lines);
    }

    /**
     * The plan as RouterOS script lines: live changes as commands, choices and optional commands
     * commented out with how to choose, the flush last with its warning. The report and the fix
     * script print these same lines.
     */
    public List<String> scriptLines() {
        List<String> out = new ArrayList<>();
        for (Step step : steps) {
            if (step instanceof Change c) {
                if (c.note() != null) {
                    out.add("# " + c.note());
                }
                out.add(c.command());
            } else if (step instanceof Conditional o) {
                String why = o.note() != null ? o.note() : PLACEHOLDER.matcher(o.command()).find()
                        ? "fill in the value, then remove the '# '" : "optional";
                out.add("# " + o.from().get(0) + ", " + why + ":");
                out.add("# " + o.command());
            } else if (step instanceof Note n) {
                out.add("# " + n.text());
            } else if (step instanceof Choice ch) {
                out.add("# " + ch.finding() + ": choose ONE of these, then remove the '# ' in front of its command(s):");
                char letter = 'a';
                for (Option option : ch.options()) {
                    out.add(("#  (" + letter++ + ") " + (option.why() == null ? "" : option.why())).stripTrailing());
                    option.commands().forEach(c -> out.add("# " + c));
                }
            }
        }
        if (flush) {
            out.add("# " + FLUSH_WARNING);
            out.add(FLUSH);
        }
        return out;
    }
}
