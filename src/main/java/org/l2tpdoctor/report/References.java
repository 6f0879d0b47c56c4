package org.l2tpdoctor.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References a user can open. Rules cite the guide the rules implement and the project's own notes
 * on failure modes; a user has neither file, so the guide becomes its public title and section,
 * and a note becomes the public pages it was written from (MikroTik's manual, Microsoft's and
 * Apple's articles). A note with no public page behind it is left out rather than named.
 */
public final class References {
    /** A title and the address to open, or no address for the guide, which is found by its title. */
    public record Reference(String title, String url) {
        @Override
        public String toString() {
            return url == null ? title : title + " " + url;
        }
    }

    public static final String GUIDE = "guide \"L2TP/IPsec: Multiple Road Warriors Behind NAT\"";
    private static final String MANUAL = "https://help.mikrotik.com/docs/display/ROS/";
    private static final Reference IPSEC = new Reference("MikroTik manual, IPsec:", MANUAL + "IPsec");
    private static final Reference L2TP = new Reference("MikroTik manual, L2TP:", MANUAL + "L2TP");
    private static final Reference PPP = new Reference("MikroTik manual, PPP AAA:", MANUAL + "PPP+AAA");
    private static final Reference FILTER = new Reference("MikroTik manual, firewall filter:", MANUAL + "Filter");
    private static final Reference LOG = new Reference("MikroTik manual, Log:", MANUAL + "Log");
    private static final Reference NTP = new Reference("MikroTik manual, NTP:", MANUAL + "NTP");
    private static final Reference KB926179 = new Reference("Microsoft KB 926179 (L2TP/IPsec server behind NAT-T):",
            "https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/configure-l2tp-ipsec-server-behind-nat-t-device");
    private static final Reference KB5010793 = new Reference("Microsoft KB 5010793 (the fix of January 2022's L2TP break):",
            "https://support.microsoft.com/help/5010793");
    private static final Reference APPLE = new Reference("Apple deployment guide, VPN types:",
            "https://support.apple.com/guide/deployment/depae3d361d0");
    private static final Reference CHANGELOG = new Reference("MikroTik changelogs:", "https://mikrotik.com/download/changelogs");

    /** The public pages behind each note, by the note's name (the words before any parenthesis). */
    private static final Map<String, List<Reference>> NOTES = Map.ofEntries(
            Map.entry("psk-mismatch", List.of(IPSEC)),
            Map.entry("phase1-proposal-mismatch", List.of(IPSEC)),
            Map.entry("phase2-proposal-mismatch", List.of(IPSEC)),
            Map.entry("firewall-drops-ike", List.of(IPSEC, FILTER)),
            Map.entry("server-behind-nat", List.of(KB926179)),
            Map.entry("windows-nat-registry", List.of(KB926179)),
            Map.entry("esp-blocked-no-nat", List.of(IPSEC)),
            Map.entry("srcnat-masquerade-breaks-ipsec", List.of(IPSEC)),
            Map.entry("second-client-same-nat", List.of(L2TP, IPSEC)),
            Map.entry("static-peer-shadows-l2tp", List.of(IPSEC)),
            Map.entry("l2tp-without-ipsec", List.of(L2TP)),
            Map.entry("ipsec-required-but-client-plain", List.of(L2TP)),
            Map.entry("ppp-auth-fail", List.of(PPP, L2TP)),
            Map.entry("stale-session-after-reconnect", List.of(L2TP, PPP)),
            Map.entry("duplicate-ppp-secret", List.of(PPP)),
            Map.entry("ppp-pool-exhausted", List.of(PPP)),
            Map.entry("dpd-timeout-nat-expiry", List.of(IPSEC, L2TP)),
            Map.entry("server-initiated-rekey-to-natted-client", List.of(IPSEC)),
            Map.entry("fasttrack-breaks-ipsec", List.of(IPSEC)),
            Map.entry("mtu-mss", List.of(L2TP, PPP)),
            Map.entry("windows-update-kb5009543", List.of(KB5010793)),
            Map.entry("android-l2tp", List.of(IPSEC)),
            Map.entry("ios-macos-l2tp", List.of(APPLE)),
            Map.entry("ipsec-config-stuck", List.of(IPSEC)),
            Map.entry("version-bug-7.17rc6", List.of(CHANGELOG)),
            Map.entry("ike-version-mismatch", List.of(IPSEC)),
            Map.entry("time-not-synced", List.of(NTP)),
            Map.entry("scanner-noise", List.of(LOG)),
            Map.entry("Client-side error codes", List.of(KB926179)),
            Map.entry("0.2 Log line shape", List.of(LOG)),
            Map.entry("0.3 A healthy L2TP/IPsec server session", List.of(IPSEC)));

    private static final Pattern GUIDE_SECTION = Pattern.compile("^guide,\\s*\"([^\"]+)\"\\s*(.*)$");
    private static final Pattern GUIDE_PART = Pattern.compile("^guide,\\s*(.+)$");
    private static final Pattern NOTE = Pattern.compile("^knowledge\\.md,\\s*(.+)$");
    /** A mention of the notes file inside prose, with what follows it up to the parenthesis or sentence end. */
    private static final Pattern NOTE_IN_TEXT = Pattern.compile("\\s*\\(knowledge\\.md[^)]*\\)|\\s*knowledge\\.md[,:]?\\s*[^;.)]*");

    private References() {
    }

    /** What a user can open for these rule references, each once, in the rule's order. */
    public static List<Reference> resolve(List<String> references) {
        Set<Reference> out = new LinkedHashSet<>();
        for (String ref : references) {
            String r = ref.strip();
            Matcher section = GUIDE_SECTION.matcher(r);
            Matcher note = NOTE.matcher(r);
            Matcher part = GUIDE_PART.matcher(r);
            if (section.matches()) {
                out.add(new Reference(GUIDE + ", section \"" + section.group(1) + "\"", null));
            } else if (note.matches()) {
                for (String name : note.group(1).replaceAll("\\(.*$", "").split("/")) {
                    out.addAll(NOTES.getOrDefault(name.strip(), List.of()));
                }
            } else if (part.matches()) {
                out.add(new Reference(GUIDE + ", " + part.group(1), null));
            } else if (r.startsWith("http://") || r.startsWith("https://") || !r.contains("knowledge.md")) {
                out.add(new Reference(r, null));
            }
        }
        return new ArrayList<>(out);
    }

    /** The references as one line of text: "guide ..., section "..."; MikroTik manual, IPsec: https://...". */
    public static String line(List<String> references) {
        return String.join("; ", resolve(references).stream().map(Reference::toString).toList());
    }

    /** Prose with the mentions of the project's own notes taken out (a user does not have them). */
    public static String scrub(String text) {
        return text == null ? null : NOTE_IN_TEXT.matcher(text).replaceAll("");
    }
}
