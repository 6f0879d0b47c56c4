package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.l2tpdoctor.analyze.Attempt.Stage;
import org.l2tpdoctor.model.LogEvent;

/**
 * Who else was at an attempt's public address. Behind one NAT several users share the address,
 * and the log names a user only once PPP starts (the IKE identity travels encrypted), so an
 * address alone cannot tell the locked-out device from a colleague's. What the log does tell: which
 * users held a session from that address while the attempt ran. Those are other devices, so their
 * later reconnects are not the failed client coming back, and a stall beside them is the second
 * client behind one NAT.
 */
final class ClientsAtAddress {
    private final List<Attempt> attempts;
    private final Map<LogEvent, Integer> order;
    /** The attempts of each router part and address, in log order (indexes into {@code attempts}). */
    private final Map<String, List<Integer>> byAddress = new HashMap<>();
    /** Each attempt's router part and address, made once: every question about an attempt starts from it. */
    private final String[] keys;

    private ClientsAtAddress(List<Attempt> attempts, Map<LogEvent, Integer> order, IntFunction<String> part) {
        this.attempts = attempts;
        this.order = order;
        this.keys = new String[attempts.size()];
        for (int i = 0; i < attempts.size(); i++) {
            keys[i] = part.apply(i) + " " + attempts.get(i).address;
            byAddress.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
        }
    }

    /** {@code part}: the router and part of its log an attempt belongs to (attempts of two routers never meet). */
    static ClientsAtAddress of(List<Attempt> attempts, List<LogEvent> events, Function<Attempt, String> part) {
        return of(attempts, order(events), i -> part.apply(attempts.get(i)));
    }

    /**
     * {@code order}: each event's place in the log ({@link #order}); {@code part}: the router and part
     * of its log of the attempt at each index.
     */
    static ClientsAtAddress of(List<Attempt> attempts, Map<LogEvent, Integer> order, IntFunction<String> part) {
        return new ClientsAtAddress(attempts, order, part);
    }

    /** Each event's place in {@code events}, by identity. */
    static Map<LogEvent, Integer> order(List<LogEvent> events) {
        // sized for all of them at once: a big log's window of 20,000 resized it four times
        Map<LogEvent, Integer> order = new IdentityHashMap<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            order.put(events.get(i), i);
        }
        return order;
    }

    /**
     * The users, other than the attempt's own, who held a PPP session from its address while it
     * ran: logged in before it started and not gone before it did.
     */
    Set<String> othersInSession(int index) {
        Attempt a = attempts.get(index);
        Set<String> others = new LinkedHashSet<>();
        for (int j : byAddress.get(keys[index])) {
            if (j >= index) {
                break;
            }
            Attempt b = attempts.get(j);
            if (b.user != null && !b.user.equals(a.user) && b.reached(Stage.PPP_AUTH)
                    && !"failed".equals(b.result) && !endedBefore(b, a.firstEvent)) {
                others.add(b.user);
            }
        }
        return others;
    }

    /**
     * The later attempt from the same address that got through IKE and can be this client's return
     * (null if none): not a user who was in session there meanwhile (another device behind the same
     * NAT), and for a failure with a user name, that same user (or one the log does not name).
     */
    Attempt cameBack(int index) {
        return cameBack(index, othersInSession(index));
    }

    /** {@link #cameBack(int)}, given the attempt's {@link #othersInSession(int)}. */
    Attempt cameBack(int index, Set<String> others) {
        Attempt a = attempts.get(index);
        for (int j : byAddress.get(keys[index])) {
            if (j <= index) {
                continue;
            }
            Attempt b = attempts.get(j);
            boolean throughIke = b.ipsecSeen && b.reached(Stage.IKE_UP);
            boolean someoneElse = b.user != null && (others.contains(b.user) || a.user != null && !a.user.equals(b.user));
            if (throughIke && !someoneElse) {
                return b;
            }
        }
        return null;
    }

    /** Whether a session's last record comes before {@code e} and tells its end. */
    private boolean endedBefore(Attempt session, LogEvent e) {
        boolean ended = session.result != null && !"connected".equals(session.result) && !"in-progress".equals(session.result);
        Integer last = order.get(session.lastEvent);
        Integer at = order.get(e);
        return ended && last != null && at != null && last < at;
    }
}
