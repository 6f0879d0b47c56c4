package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * {@code /doctor pool-usage}: each {@code /ip pool} the L2TP users draw their address from (the
 * remote-address of an L2TP profile, or of an L2TP secret), how many addresses it holds and how
 * many are wanted:
 * {@code size} (its own ranges), {@code capacity} (with its next-pool chain),
 * {@code l2tp-users} (enabled L2TP secrets that get it; needs /ppp secret),
 * {@code sessions} (current L2TP sessions with an address in it; needs /ppp active),
 * {@code used} (its entries in /ip pool used, when pasted), {@code in-use} (the larger of the two),
 * {@code free} = capacity − in-use, {@code spare} = capacity − l2tp-users.
 */
final class PoolUsage implements Analyzer {
    static final String MENU = "/doctor pool-usage";

    @Override
    public List<String> reads() {
        return List.of(Menus.IP_POOL.path(), PppScope.PROFILES, PppScope.SECRETS, Menus.PPP_SECRET.path(),
                Menus.PPP_PROFILE.path(), Menus.PPP_ACTIVE.path(), Menus.IP_POOL_USED.path());
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(VirtualMenu.from(MENU, Menus.IP_POOL));
    }

    @Override
    public Derived derive(Snapshot s) {
        if (!s.hasMenu(Menus.IP_POOL) || !s.hasMenu(PppScope.PROFILES) && !s.hasMenu(PppScope.SECRETS)) {
            return Derived.NOTHING;
        }
        Map<String, Row> pools = poolsByName(s);
        List<Row> secrets = PppScope.l2tpSecrets(s);
        Derived.Builder out = new Derived.Builder().menu(MENU);
        for (String name : poolsOfL2tpUsers(s, pools, secrets)) {
            Row pool = pools.get(name);
            if (pool.get("ranges") == null || ranges(pool.get("ranges")).isEmpty()) {
                // RouterOS refuses a pool without ranges, so the paste did not show them (a script may
                // abbreviate the name, "range=", as the console allows), or showed them unreadable (a
                // forum copy's "XX.XX.XX.100-xx.XX.xx.150"): its size is unknown, not 0
                continue;
            }
            List<Row> evidence = new ArrayList<>();
            evidence.add(pool);
            Map<String, String> p = usage(s, pools, pool, secrets, evidence);
            Row row = new Row(MENU, null, Set.of(), p, null, pool.origin());
            evidence.add(0, row);
            out.add(MENU, row, evidence);
        }
        return out.build();
    }

    private static Map<String, Row> poolsByName(Snapshot s) {
        Map<String, Row> pools = new LinkedHashMap<>();
        s.rows(Menus.IP_POOL).forEach(p -> {
            if (p.get("name") != null) {
                pools.put(p.get("name"), p);
            }
        });
        return pools;
    }

    /** The pools an L2TP profile or an L2TP secret names as its remote-address, profiles first. */
    private static Set<String> poolsOfL2tpUsers(Snapshot s, Map<String, Row> pools, List<Row> secrets) {
        Set<String> names = new LinkedHashSet<>();
        s.rows(PppScope.PROFILES).forEach(p -> {
            if (pools.containsKey(p.get("remote-address"))) {
                names.add(p.get("remote-address"));
            }
        });
        secrets.forEach(sec -> {
            if (pools.containsKey(sec.get("remote-address"))) {
                names.add(sec.get("remote-address"));
            }
        });
        return names;
    }

    /** The pool's size, capacity and, as far as the paste shows them, its users, sessions and used entries. */
    private static Map<String, String> usage(Snapshot s, Map<String, Row> pools, Row pool, List<Row> secrets,
            List<Row> evidence) {
        String name = pool.get("name");
        List<long[]> ranges = ranges(pool.get("ranges"));
        long size = size(ranges);
        long capacity = capacity(pools, pool, size);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("ranges", pool.properties().getOrDefault("ranges", ""));
        p.put("size", String.valueOf(size));
        p.put("capacity", String.valueOf(capacity));
        long inUse = -1;
        if (s.hasMenu(Menus.PPP_SECRET) && s.hasMenu(Menus.PPP_PROFILE)) {
            long users = secrets.stream().filter(sec -> drawsFrom(s, sec, name)).count();
            p.put("l2tp-users", String.valueOf(users));
            p.put("spare", String.valueOf(capacity - users));
        }
        if (s.hasMenu(Menus.PPP_ACTIVE)) {
            List<Row> sessions = s.rows(Menus.PPP_ACTIVE).stream()
                    .filter(a -> "l2tp".equals(a.get("service")) && contains(ranges, a.get("address"))).toList();
            p.put("sessions", String.valueOf(sessions.size()));
            inUse = sessions.size();
            evidence.addAll(sessions);
        }
        if (s.hasMenu(Menus.IP_POOL_USED)) {
            long used = s.rows(Menus.IP_POOL_USED).stream().filter(u -> name.equals(u.get("pool"))).count();
            p.put("used", String.valueOf(used));
            inUse = Math.max(inUse, used);
        }
        if (inUse >= 0) {
            p.put("in-use", String.valueOf(inUse));
            p.put("free", String.valueOf(capacity - inUse));
        }
        return p;
    }

    /** Its own size plus that of its next-pool chain (each pool once). */
    private static long capacity(Map<String, Row> pools, Row pool, long size) {
        long capacity = size;
        Set<String> seen = new LinkedHashSet<>(List.of(pool.get("name")));
        String next = pool.get("next-pool");
        while (next != null && !next.equals("none") && pools.containsKey(next) && seen.add(next)) {
            capacity += size(ranges(pools.get(next).get("ranges")));
            next = pools.get(next).get("next-pool");
        }
        return capacity;
    }

    /** Whether this L2TP secret gets its address from the pool: its own remote-address, else its profile's. */
    private static boolean drawsFrom(Snapshot s, Row secret, String pool) {
        String own = secret.get("remote-address");
        if (own != null && !own.isBlank() && !own.equals("0.0.0.0")) {
            return own.equals(pool);
        }
        String profile = secret.get("profile");
        return s.rows(Menus.PPP_PROFILE).stream()
                .anyMatch(p -> p.get("name") != null && p.get("name").equals(profile) && pool.equals(p.get("remote-address")));
    }

    /** "10.0.0.10-10.0.0.20,10.0.1.0/28" as inclusive numeric ranges; IPv6 and nonsense are skipped. */
    static List<long[]> ranges(String text) {
        List<long[]> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split(",")) {
            String r = part.strip();
            try {
                if (r.contains("-")) {
                    String[] ends = r.split("-", 2);
                    long from = ipv4(ends[0]);
                    long to = ipv4(ends[1]);
                    if (from >= 0 && to >= from) {
                        out.add(new long[] {from, to});
                    }
                } else if (r.contains("/")) {
                    String[] cidr = r.split("/", 2);
                    long base = ipv4(cidr[0]);
                    int bits = Integer.parseInt(cidr[1]);
                    if (base >= 0 && bits >= 0 && bits <= 32) {
                        long count = 1L << (32 - bits);
                        long start = base & ~(count - 1) & 0xFFFFFFFFL;
                        out.add(new long[] {start, start + count - 1});
                    }
                } else {
                    long one = ipv4(r);
                    if (one >= 0) {
                        out.add(new long[] {one, one});
                    }
                }
            } catch (NumberFormatException e) {
                // not an IPv4 range: not counted
            }
        }
        return out;
    }

    static long size(List<long[]> ranges) {
        return ranges.stream().mapToLong(r -> r[1] - r[0] + 1).sum();
    }

    private static boolean contains(List<long[]> ranges, String address) {
        long a = ipv4(Addresses.host(address));
        return a >= 0 && ranges.stream().anyMatch(r -> a >= r[0] && a <= r[1]);
    }

    /** The IPv4 address a number stands for, the inverse of {@link #ipv4}. */
    static String dotted(long a) {
        return ((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255);
    }

    /** A range as RouterOS writes it: one address, or first-last. */
    static String dotted(long[] range) {
        return range[0] == range[1] ? dotted(range[0]) : dotted(range[0]) + "-" + dotted(range[1]);
    }

    /**
     * The IPv4 address as a number, or -1: four dot-separated parts of one to three ASCII digits,
     * each at most 255, after stripping white space; dots at the end are ignored (as the
     * {@code split("\\.")} this replaces dropped trailing empty parts). Read by hand: every
     * analyzer asks it for every address of every router, and a pattern compiled per part was a
     * fleet's largest single allocation in the analysis.
     */
    static long ipv4(String text) {
        if (text == null) {
            return -1;
        }
        String s = text.strip();
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '.') {
            end--;
        }
        if (end == 0) {
            return -1;
        }
        long value = 0;
        int parts = 0;
        int i = 0;
        while (true) {
            int start = i;
            int octet = 0;
            while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                octet = octet * 10 + (s.charAt(i) - '0');
                i++;
                if (i - start > 3) {
                    return -1;
                }
            }
            if (i == start || i < end && s.charAt(i) != '.' || octet > 255 || ++parts > 4) {
                return -1;
            }
            value = value * 256 + octet;
            if (i == end) {
                return parts == 4 ? value : -1;
            }
            i++; // the dot
        }
    }
}
