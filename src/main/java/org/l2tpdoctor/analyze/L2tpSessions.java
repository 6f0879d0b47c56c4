package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * {@code /doctor l2tp-session}: each L2TP session of {@code /ppp active} and whether IPsec
 * protects it ({@code ipsec=yes|no|unknown}) and how that was told ({@code by}):
 * <ul>
 * <li>{@code encoding}: the ENCODING column shows the ESP cipher ("cbc(aes) + hmac(sha1)") — yes;
 *   or something else such as "MPPE128 stateless" — no;</li>
 * <li>{@code active-peers}/{@code installed-sa}: the encoding is empty or not shown, so the
 *   session's caller-id is looked up among the IPsec peers or SAs, when those were pasted;</li>
 * <li>otherwise unknown.</li>
 * </ul>
 */
final class L2tpSessions implements Analyzer {
    static final String MENU = "/doctor l2tp-session";

    private static final Pattern ESP_CIPHER = Pattern.compile("(?i)cbc|gcm|ctr|ccm|hmac|aes|3des|blowfish|camellia");

    @Override
    public List<String> reads() {
        return List.of(Menus.PPP_ACTIVE.path(), Menus.ACTIVE_PEERS.path(), Menus.INSTALLED_SA.path());
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(VirtualMenu.from(MENU, Menus.PPP_ACTIVE));
    }

    @Override
    public Derived derive(Snapshot s) {
        if (!s.hasMenu(Menus.PPP_ACTIVE)) {
            return Derived.NOTHING;
        }
        Derived.Builder out = new Derived.Builder().menu(MENU);
        for (Row session : s.rows(Menus.PPP_ACTIVE)) {
            if (isL2tp(session)) {
                Protection protection = protection(s, session);
                out.add(MENU, row(session, protection), protection.evidence());
            }
        }
        return out.build();
    }

    static boolean isL2tp(Row session) {
        return "l2tp".equals(session.get("service"));
    }

    /** Whether IPsec protects one session ({@code yes|no|unknown}), how that was told, and the rows that tell it. */
    record Protection(String ipsec, String by, List<Row> evidence) {
    }

    static Protection protection(Snapshot s, Row session) {
        String caller = Addresses.host(session.get("caller-id"));
        String encoding = session.get("encoding");
        List<Row> evidence = new ArrayList<>();
        evidence.add(session);
        if (encoding != null && !encoding.isBlank()) {
            return new Protection(ESP_CIPHER.matcher(encoding).find() ? "yes" : "no", "encoding", evidence);
        }
        if (s.hasMenu(Menus.ACTIVE_PEERS)) {
            List<Row> peers = s.rows(Menus.ACTIVE_PEERS).stream()
                    .filter(p -> caller != null && caller.equals(Addresses.host(p.get("remote-address")))).toList();
            evidence.addAll(peers);
            return new Protection(peers.isEmpty() ? "no" : "yes", "active-peers", evidence);
        }
        if (s.hasMenu(Menus.INSTALLED_SA)) {
            List<Row> sas = s.rows(Menus.INSTALLED_SA).stream()
                    .filter(sa -> caller != null && (caller.equals(Addresses.host(sa.get("src-address")))
                            || caller.equals(Addresses.host(sa.get("dst-address"))))).toList();
            evidence.addAll(sas);
            return new Protection(sas.isEmpty() ? "no" : "yes", "installed-sa", evidence);
        }
        return new Protection("unknown", "none", evidence);
    }

    private static Row row(Row session, Protection protection) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("name", session.get("name"));
        if (session.get("caller-id") != null) {
            p.put("caller-id", session.get("caller-id"));
        }
        if (session.get("address") != null) {
            p.put("address", session.get("address"));
        }
        p.put("ipsec", protection.ipsec());
        p.put("by", protection.by());
        return new Row(MENU, session.id(), Set.of(), p, null, session.origin());
    }
}
