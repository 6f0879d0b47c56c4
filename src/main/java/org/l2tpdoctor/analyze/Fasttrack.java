package org.l2tpdoctor.analyze;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * {@code /doctor fasttrack}: each enabled {@code action=fasttrack-connection} rule of the forward
 * chain, with whether IPsec traffic is accepted above it ({@code ipsec-in-accepted},
 * {@code ipsec-out-accepted}: an accept rule with {@code ipsec-policy=in,ipsec} or
 * {@code out,ipsec} earlier in the forward chain), as MikroTik's factory firewall has it.
 * {@code rule} is the fasttrack rule's number.
 */
final class Fasttrack implements Analyzer {
    static final String MENU = "/doctor fasttrack";

    @Override
    public List<String> reads() {
        return List.of(Menus.FIREWALL_FILTER.path());
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(VirtualMenu.from(MENU, Menus.FIREWALL_FILTER));
    }

    @Override
    public Derived derive(Snapshot s) {
        if (!s.hasMenu(Menus.FIREWALL_FILTER)) {
            return Derived.NOTHING;
        }
        Derived.Builder out = new Derived.Builder().menu(MENU);
        boolean in = false;
        boolean outbound = false;
        int position = 0;
        for (Row r : s.rows(Menus.FIREWALL_FILTER)) {
            String number = r.id() != null ? r.id() : String.valueOf(position);
            position++;
            boolean disabled = r.is("disabled");
            if (disabled || !"forward".equals(r.get("chain"))) {
                continue;
            }
            String action = r.properties().getOrDefault("action", "accept");
            String policy = r.properties().getOrDefault("ipsec-policy", "");
            if (action.equals("accept") && policy.equals("in,ipsec")) {
                in = true;
            }
            if (action.equals("accept") && policy.equals("out,ipsec")) {
                outbound = true;
            }
            if (action.equals("fasttrack-connection")) {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("rule", number);
                p.put("rule-find", FindExpression.of(r));
                p.put("ipsec-in-accepted", in ? "yes" : "no");
                p.put("ipsec-out-accepted", outbound ? "yes" : "no");
                if (r.comment() != null) {
                    p.put("rule-comment", r.comment());
                }
                Row row = new Row(MENU, null, Set.of(), p, null, r.origin());
                out.add(MENU, row, List.of(row, r));
            }
        }
        return out.build();
    }
}
