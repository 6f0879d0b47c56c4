package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.l2tpdoctor.analyze.LogFact.Kind;
import org.l2tpdoctor.model.LogEvent;

/**
 * Reads the RouterOS log lines that knowledge.md lists as verified ([V-RO], [V-DOC], [V-SCRIPT])
 * or as racoon wording. Patterns are anchored on the stable part of each message only, so a
 * changed prefix or suffix in another RouterOS build still matches; lines knowledge.md marks
 * [UNVERIFIED] are not keyed on.
 */
final class LogFacts {
    /**
     * One message shape. Its regex is compiled the first time a message holds its anchor: a small
     * paste meets a few of them, and compiling all 23 up front cost a cold start about a millisecond.
     */
    private static final class Pattern2 {
        private final Kind kind;
        private final String anchor;
        private final String regex;
        private final int address;
        private final int port;
        private final int user;
        private final int detail;
        private volatile Pattern pattern;

        Pattern2(Kind kind, String anchor, String regex, int address, int port, int user, int detail) {
            this.kind = kind;
            this.anchor = anchor;
            this.regex = regex;
            this.address = address;
            this.port = port;
            this.user = user;
            this.detail = detail;
        }

        Pattern pattern() {
            Pattern compiled = pattern;
            if (compiled == null) {
                compiled = Pattern.compile(regex); // a race compiles it twice, harmlessly: Pattern is immutable
                pattern = compiled;
            }
            return compiled;
        }
    }

    private static final String ADDR = "([0-9A-Fa-f:.x]+|[^\\s\\[\\]]+)";
    private static final List<Pattern2> PATTERNS = List.of(
            // the local address (detail) tells whether the router answers on a private address: behind NAT
            p(Kind.PHASE1_START, "new phase 1", "respond new phase 1 [^:]*: (\\S+?)\\[\\d+\\]<=>" + ADDR + "\\[(\\d+)\\]", 2, 3, 0, 1),
            p(Kind.PHASE1_INITIATED, "new phase 1", "initiate new phase 1 [^:]*: (\\S+?)\\[\\d+\\]<=>" + ADDR + "\\[(\\d+)\\]", 2, 3, 0, 1),
            p(Kind.PHASE1_ESTABLISHED, "ISAKMP-SA established", "ISAKMP-SA established (\\S+?)\\[\\d+\\]-" + ADDR + "\\[(\\d+)\\]", 2, 3, 0, 1),
            p(Kind.PHASE1_TIMEOUT, "due to time up", "phase1 negotiation failed due to time up \\S+?\\[\\d+\\]<=>" + ADDR + "\\[(\\d+)\\]", 1, 2, 0, 0),
            // RouterOS 6 spells it "possible couse", later versions "possible cause"
            p(Kind.PSK_MISMATCH, "parsing packet failed", "^" + ADDR + ":? parsing packet failed, possible c[ao]u?se:? wrong password", 1, 0, 0, 0),
            p(Kind.PHASE1_NO_PROPOSAL, "proposal", "^" + ADDR + " failed to get valid proposal", 1, 0, 0, 0),
            p(Kind.PHASE1_NO_PROPOSAL, "proposal", "^(no suitable proposal found)", 0, 0, 0, 1),
            // with topics=ipsec,!debug racoon names each rejected transform pair: left the router, right the client
            p(Kind.PROPOSAL_REJECTED, "rejected ", "rejected (hashtype|enctype|dh_group|authmethod): DB ?\\(prop#\\d+:trns#\\d+\\):Peer ?\\(prop#\\d+:trns#\\d+\\) = (.+?)\\s*$", 0, 0, 1, 2),
            p(Kind.PHASE1_FAILED, "phase1 negotiation failed", "^" + ADDR + " phase1 negotiation failed\\.?$", 1, 0, 0, 0),
            p(Kind.PHASE2_FAILED, "ph2 packet", "^(?:" + ADDR + " )?failed to pre-process ph2 packet", 1, 0, 0, 0),
            // both directions are logged; the attempt is found by whichever address is the client's
            p(Kind.PHASE2_ESTABLISHED, "IPsec-SA established", "IPsec-SA established.*? (\\S+?)\\[(\\d+)\\]->(\\S+?)\\[(\\d+)\\]", 3, 4, 0, 1),
            p(Kind.L2TP_FIRST_PACKET, "first L2TP UDP packet", "first L2TP UDP packet received from " + ADDR + "(?: port (\\d+))?", 1, 2, 0, 0),
            p(Kind.PPP_LOGGED_IN, " logged in, ", "^(\\S+) logged in, (\\S+?)(?: from " + ADDR + ")?$", 3, 0, 1, 2),
            p(Kind.PPP_AUTH_FAILED, "failed", "^<" + ADDR + ">:? user (\\S+) authenti(?:fi)?cation failed", 1, 0, 2, 0),
            p(Kind.PPP_AUTH_FAILED, "failed", "^<" + ADDR + ">: authentication failed:? ?(.*)$", 1, 0, 0, 2),
            p(Kind.PPP_AUTHENTICATED, ": authenticated", "^<l2tp-([^>]+)>: authenticated", 0, 0, 1, 0),
            p(Kind.PPP_CONNECTED, ": connected", "^<l2tp-([^>]+)>: connected", 0, 0, 1, 0),
            p(Kind.PPP_TERMINATING, ": terminating", "^<l2tp-([^>]+)>: terminating\\.*(?: - (.*))?$", 0, 0, 1, 2),
            p(Kind.PPP_LOGGED_OUT, " logged out", "^(\\S+) logged out", 0, 0, 1, 0),
            p(Kind.PPP_DISCONNECTED, ": disconnected", "^<l2tp-([^>]+)>: disconnected", 0, 0, 1, 0),
            p(Kind.SA_PURGED, "purging ISAKMP-SA", "purging ISAKMP-SA \\S+?\\[\\d+\\]<=>" + ADDR + "\\[(\\d+)\\]", 1, 2, 0, 0),
            p(Kind.SA_DELETED, "ISAKMP-SA deleted", "ISAKMP-SA deleted \\S+?\\[\\d+\\]-" + ADDR + "\\[(\\d+)\\]", 1, 2, 0, 0),
            p(Kind.NAT_DETECTED, "NAT detected", "NAT detected:? ?(.*)$", 0, 0, 0, 1),
            p(Kind.NATT_PORTS, "ports changed", "NAT-T: ports changed to: " + ADDR + "\\[(\\d+)\\]<=>(\\S+?)\\[\\d+\\]", 1, 2, 0, 3),
            // debug: the client asks to delete its ESP or IKE SA (a Windows client does so when it gives up)
            p(Kind.PEER_DELETED, "delete payload", "^" + ADDR + " delete payload for protocol (ESP|ISAKMP)", 1, 0, 0, 2),
            p(Kind.PHASE2_PURGED, "purged IPsec-SA", "purged IPsec-SA (.*)$", 0, 0, 0, 1),
            p(Kind.POLICY_STUCK, "could not add IPsec policy", "(could not add IPsec policy.*)$", 0, 0, 0, 1),
            p(Kind.DPD_DEAD, "seems to be dead", "DPD: remote .*seems to be dead", 0, 0, 0, 0));

    private LogFacts() {
    }

    /** {@code anchor}: a literal the message must contain, checked before the regex (this runs per log line). */
    private static Pattern2 p(Kind kind, String anchor, String regex, int address, int port, int user, int detail) {
        return new Pattern2(kind, anchor, regex, address, port, user, detail);
    }

    static List<LogFact> of(List<LogEvent> events) {
        List<LogFact> facts = new ArrayList<>();
        // one matcher per shape for all the events, reset to each message: a big log's window made
        // 20,000 of them, some 10 MB, the most of any step of the attempts' replay
        Matcher[] matchers = new Matcher[PATTERNS.size()];
        for (LogEvent e : events) {
            classify(e, matchers).ifPresent(facts::add);
        }
        return facts;
    }

    static Optional<LogFact> classify(LogEvent e) {
        return classify(e, new Matcher[PATTERNS.size()]);
    }

    /** {@code matchers}: the matcher of each shape, made on first need and reset to each message after. */
    private static Optional<LogFact> classify(LogEvent e, Matcher[] matchers) {
        if (!relevant(e)) {
            return Optional.empty();
        }
        String message = e.message();
        for (int i = 0; i < PATTERNS.size(); i++) {
            Pattern2 p = PATTERNS.get(i);
            if (!message.contains(p.anchor)) {
                continue;
            }
            Matcher m = matchers[i];
            if (m == null) {
                m = p.pattern().matcher(message);
                matchers[i] = m;
            } else {
                m.reset(message);
            }
            if (!m.find()) {
                continue;
            }
            if (isPppKind(p.kind) && !isL2tp(e)) {
                continue; // PPTP, PPPoE and SSTP share the ppp topic and wording
            }
            return Optional.of(new LogFact(p.kind, group(m, p.address), group(m, p.port), group(m, p.user),
                    group(m, p.detail), e));
        }
        return Optional.empty();
    }

    private static boolean relevant(LogEvent e) {
        if (e.topics().isEmpty()) {
            return true; // a Winbox copy or a syslog line without topics: let the wording decide
        }
        return e.hasTopic("ipsec") || e.hasTopic("l2tp") || e.hasTopic("ppp");
    }

    private static boolean isPppKind(Kind kind) {
        return kind.name().startsWith("PPP_");
    }

    private static boolean isL2tp(LogEvent e) {
        return e.hasTopic("l2tp") || e.message().contains("<l2tp-") || e.topics().isEmpty();
    }

    private static String group(Matcher m, int index) {
        return index == 0 || index > m.groupCount() ? null : m.group(index);
    }
}
