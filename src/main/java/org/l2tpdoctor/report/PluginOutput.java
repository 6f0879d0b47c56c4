package org.l2tpdoctor.report;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.text.Secrets;
import org.l2tpdoctor.text.TerminalText;

/**
 * The monitoring-plugin answer (Nagios, Icinga 2, Checkmk MRPE, Naemon, Shinken), after the
 * Monitoring Plugins development guidelines: one status line "L2TPDOCTOR STATE - text | perfdata"
 * that names the most severe finding and its fix, long output with the other findings, and the
 * state as exit code: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
 *
 * <p>An error finding is CRITICAL, a warning WARNING, an info note leaves the state OK (findings
 * under {@code --fail-on} are listed but change no state). A router that could not be read is
 * UNKNOWN: the guidelines keep UNKNOWN for "the check could not run", and an unreachable router
 * is the host check's business. A reading that stopped half-way is UNKNOWN unless what was read
 * already proves an error.
 */
public record PluginOutput(int state, String status, List<String> longOutput, String perfdata) {
    public static final int OK = 0;
    public static final int WARNING = 1;
    public static final int CRITICAL = 2;
    public static final int UNKNOWN = 3;
    static final String SERVICE = "L2TPDOCTOR";
    private static final String[] NAMES = {"OK", "WARNING", "CRITICAL", "UNKNOWN"};

    public static String stateName(int state) {
        return NAMES[state];
    }

    /** Answers for routers the run could not finish: no answer in time, a usage error, a crash. */
    public static PluginOutput unknown(String why) {
        return new PluginOutput(UNKNOWN, text(why), List.of(), "");
    }

    /** One router, or a fleet of them in one service. */
    public static PluginOutput of(List<Monitored> routers, Level threshold) {
        return routers.size() == 1 ? router(routers.get(0), threshold) : fleet(routers, threshold);
    }

    static PluginOutput router(Monitored m, Level threshold) {
        String perf = perfdata(m, "");
        String name = text(m.router());
        if (!m.read()) {
            // "r1: login failed: auth: login as 'admin' refused: wrong password": what happened, then how
            return new PluginOutput(UNKNOWN, name + ": " + m.unread().word() + ": " + unnamed(name, firstProblem(m)),
                    rest(m.problems()), perf);
        }
        List<Outcome.Finding> findings = m.findingsAtLeast(threshold);
        int state = findings.isEmpty() ? OK : stateOf(findings.get(0).level());
        List<String> more = new ArrayList<>();
        String status;
        if (findings.isEmpty()) {
            status = name + ": " + healthy(m);
        } else {
            status = name + ": " + headline(findings.get(0), findings)
                    + (findings.size() > 1 ? " (+" + (findings.size() - 1) + " more)" : "");
            findings.stream().skip(1).forEach(f -> more.add(line(f, findings)));
        }
        if (!m.complete()) {
            more.add(0, "reading incomplete: " + String.join("; ", m.problems().stream().map(PluginOutput::text).toList()));
            if (state < CRITICAL) {
                state = UNKNOWN;
                status = name + ": reading incomplete (" + firstProblem(m) + "); " + status.substring(name.length() + 2);
            }
        }
        return new PluginOutput(state, status, more, perf);
    }

    static PluginOutput fleet(List<Monitored> routers, Level threshold) {
        List<PluginOutput> each = routers.stream().map(r -> router(r, threshold)).toList();
        int[] count = new int[4];
        each.forEach(o -> count[o.state()]++);
        int worst = each.stream().mapToInt(PluginOutput::state).map(PluginOutput::rank).max().orElse(0);
        int state = unrank(worst);
        StringBuilder status = new StringBuilder(routers.size() + " routers: ");
        List<String> parts = new ArrayList<>();
        for (int s : new int[] {CRITICAL, WARNING, UNKNOWN, OK}) {
            if (count[s] > 0) {
                parts.add(count[s] + " " + NAMES[s].toLowerCase(Locale.ROOT));
            }
        }
        status.append(String.join(", ", parts));
        List<FindingGroups.Group> groups = FindingGroups.of(routers, threshold);
        if (!groups.isEmpty()) {
            status.append("; worst: ").append(FindingGroups.describe(groups.get(0), 5));
        }
        List<String> more = new ArrayList<>();
        for (int i = 0; i < each.size(); i++) {
            if (each.get(i).state() != OK) {
                more.add("[" + NAMES[each.get(i).state()] + "] " + each.get(i).status());
            }
        }
        StringBuilder perf = new StringBuilder();
        for (Monitored m : routers) {
            perf.append(perf.length() == 0 ? "" : " ").append(perfdata(m, label(m.router()) + " "));
        }
        return new PluginOutput(state, status.toString(), more, perf.toString());
    }

    /** CRITICAL outranks UNKNOWN, which outranks WARNING: an error proven is worse than a reading missed. */
    private static int rank(int state) {
        return switch (state) {
            case CRITICAL -> 3;
            case UNKNOWN -> 2;
            case WARNING -> 1;
            default -> 0;
        };
    }

    private static int unrank(int rank) {
        return switch (rank) {
            case 3 -> CRITICAL;
            case 2 -> UNKNOWN;
            case 1 -> WARNING;
            default -> OK;
        };
    }

    static int stateOf(Level level) {
        return switch (level) {
            case ERROR -> CRITICAL;
            case WARNING -> WARNING;
            case INFO -> OK;
        };
    }

    /**
     * "L2TP-NAT-001 Second client behind the same NAT fails; fix: /ip ipsec identity set ...". A
     * finding whose fix is only advice that names other rules ("named by L2TP-POLICY-001") gets
     * the fix of the first of those that also fired.
     */
    static String headline(Outcome.Finding f, List<Outcome.Finding> all) {
        String fix = ShortFix.of(f);
        if (fix.isEmpty() && f.fix() != null) {
            Matcher named = RULE_ID.matcher(f.fix());
            while (fix.isEmpty() && named.find()) {
                String id = named.group();
                fix = all.stream().filter(o -> o.rule().id().equals(id) && o != f).findFirst()
                        .map(o -> ShortFix.of(o)).filter(x -> !x.isEmpty()).map(x -> x + " (" + id + ")").orElse("");
            }
        }
        return f.rule().id() + " " + text(f.rule().title()) + (fix.isEmpty() ? "" : "; fix: " + pipeless(fix));
    }

    private static final Pattern RULE_ID = Pattern.compile("\\bL2TP-[A-Z]+-\\d{3}\\b");

    private static String line(Outcome.Finding f, List<Outcome.Finding> all) {
        return "[" + NAMES[stateOf(f.level())] + "] " + headline(f, all);
    }

    private static String healthy(Monitored m) {
        Vitals v = Vitals.of(m.diagnosis());
        List<String> parts = new ArrayList<>();
        if (v.ipsecPeers() != null) {
            parts.add(v.ipsecPeers() + " IPsec peer" + (v.ipsecPeers() == 1 ? "" : "s"));
        }
        if (v.pppSessions() != null) {
            parts.add(v.pppSessions() + " PPP session" + (v.pppSessions() == 1 ? "" : "s"));
        }
        if (v.saPairs() != null) {
            parts.add(v.saPairs() + " SA pair" + (v.saPairs() == 1 ? "" : "s"));
        }
        long notes = m.diagnosis().findings().size();
        return "no problem found" + (parts.isEmpty() ? "" : "; " + String.join(", ", parts))
                + (notes > 0 ? " (" + notes + " note" + (notes == 1 ? "" : "s") + " under --fail-on, shown by the full report)" : "");
    }

    private static String perfdata(Monitored m, String prefix) {
        List<String> p = new ArrayList<>();
        Vitals v = m.read() ? Vitals.of(m.diagnosis()) : null;
        p.add(count(prefix + "ipsec_peers", v == null ? null : v.ipsecPeers()));
        p.add(count(prefix + "ppp_sessions", v == null ? null : v.pppSessions()));
        p.add(count(prefix + "sa_pairs", v == null ? null : v.saPairs()));
        p.add(count(prefix + "failed_attempts", v == null ? null : v.failedAttempts()));
        p.add(count(prefix + "stalled_clients", v == null ? null : v.stalledClients()));
        Duration t = m.elapsed() == null ? Duration.ZERO : m.elapsed();
        p.add("'" + prefix + "collect_seconds'=" + String.format(Locale.ROOT, "%.3f", t.toNanos() / 1e9) + "s;;;0");
        return String.join(" ", p);
    }

    /** A count with minimum 0; U (the guidelines' "could not be determined") when the menu was not read. */
    private static String count(String label, Integer value) {
        return "'" + label + "'=" + (value == null ? "U" : value.toString()) + ";;;0";
    }

    /** A router name as a perfdata label prefix: no quote, no equals sign (they would end the label). */
    private static String label(String router) {
        return text(router).replace("'", "").replace("=", "_");
    }

    /** The problem without the router's host it starts with ("10.0.0.1: connect: ..." → "connect: ..."): the line names it first. */
    private static String unnamed(String name, String problem) {
        int colon = problem.indexOf(": ");
        return colon > 0 && name.contains(problem.substring(0, colon)) ? problem.substring(colon + 2) : problem;
    }

    private static String firstProblem(Monitored m) {
        return m.problems().isEmpty() ? "nothing could be read" : text(m.problems().get(0));
    }

    private static List<String> rest(List<String> problems) {
        return problems.stream().skip(1).map(PluginOutput::text).toList();
    }

    /** Input-derived text on one line, secrets masked, terminal-safe, and without the perfdata separator. */
    static String text(String s) {
        return pipeless(TerminalText.safe(Secrets.text(s == null ? "" : s)));
    }

    /** '|' starts the performance data in the plugin API: in text it becomes '¦'. */
    private static String pipeless(String s) {
        return s.replace('|', '¦');
    }

    /** Prints the answer the way the plugin API reads it: status line with perfdata, then the long output. */
    public void print(PrintWriter out) {
        out.println(SERVICE + " " + NAMES[state] + " - " + status + (perfdata.isEmpty() ? "" : " | " + perfdata));
        longOutput.forEach(out::println);
        out.flush();
    }
}
