package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attempts of a log replay in order, indexed by address and by user: each log line asks for
 * "the latest attempt from this address" or "of this user", and a log of a busy concentrator
 * holds hundreds of thousands of attempts, so scanning them all per line would be quadratic.
 */
final class AttemptBook<A> extends ArrayList<A> {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<A>> byAddress = new HashMap<>();
    private final transient Map<String, List<A>> byUser = new HashMap<>();
    private final transient java.util.function.Function<A, String> address;

    AttemptBook(java.util.function.Function<A, String> address) {
        this.address = address;
    }

    @Override
    public boolean add(A attempt) {
        byAddress.computeIfAbsent(address.apply(attempt), k -> new ArrayList<>()).add(attempt);
        return super.add(attempt);
    }

    /** The attempts from an address, oldest first. */
    List<A> from(String addr) {
        return byAddress.getOrDefault(addr, List.of());
    }

    /** Records that an attempt belongs to a user (a user is learned part-way through). */
    void user(A attempt, String user) {
        if (user != null) {
            List<A> attempts = byUser.computeIfAbsent(user, k -> new ArrayList<>());
            if (attempts.isEmpty() || attempts.get(attempts.size() - 1) != attempt) {
                attempts.remove(attempt);
                attempts.add(attempt);
            }
        }
    }

    /** The attempts of a user, in the order they were given that user. */
    List<A> of(String user) {
        return byUser.getOrDefault(user, List.of());
    }
}
