package org.l2tpdoctor.collect.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.KeyExchange;
import com.jcraft.jsch.Session;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which key exchanges of a proposal this JVM can run, found out once per run instead of once
 * per router. Before every connection JSch tries each kex named in its {@code CheckKexes} that
 * the proposal holds, by generating a key pair with it: two curve25519 pairs and a failed
 * ML-KEM attempt (its Bouncy Castle class is absent, so a class lookup fails and an error is
 * built) on every router, about a quarter of the client's CPU for a reading. The answer cannot
 * change within a run: the same check is made here once per name, and the session then gets the
 * proposal without what failed and an empty {@code CheckKexes}.
 */
final class KexAvailability {
    private static final Map<String, Boolean> WORKS = new ConcurrentHashMap<>();

    private KexAvailability() {
    }

    /** Sets the session's kex proposal to the usable part of {@code proposal} and skips JSch's own check. */
    static void apply(Session session, String proposal) {
        session.setConfig("kex", usable(proposal));
        session.setConfig("CheckKexes", "");
    }

    /** The proposal without the key exchanges that JSch would find unavailable here, order kept. */
    static String usable(String proposal) {
        Set<String> checked = Set.of(JSch.getConfig("CheckKexes").split(","));
        return Arrays.stream(proposal.split(","))
                .filter(name -> !checked.contains(name) || WORKS.computeIfAbsent(name, KexAvailability::works))
                .collect(Collectors.joining(","));
    }

    /** JSch's own test: make the kex and start it, which generates its key pair. */
    private static boolean works(String name) {
        try {
            Session probe = new JSch().getSession("probe", "127.0.0.1", 22);
            Constructor<? extends KeyExchange> make = Class.forName(JSch.getConfig(name))
                    .asSubclass(KeyExchange.class).getDeclaredConstructor();
            make.setAccessible(true); // JSch's kex classes are package-private
            make.newInstance().init(probe, null, null, null, null);
            return true;
        } catch (Exception | LinkageError e) {
            return false; // what JSch concludes from the same failure
        }
    }
}
