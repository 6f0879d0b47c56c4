package org.l2tpdoctor.collect.ssh;

import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;
import java.util.List;
import java.util.Vector;

/** A read-only set of keys for one session: nothing is ever added to an agent or a file. */
final class FixedIdentities implements IdentityRepository {
    private final List<Identity> identities;

    FixedIdentities(List<Identity> identities) {
        this.identities = List.copyOf(identities);
    }

    @Override
    public String getName() {
        return "l2tpdoctor keys";
    }

    @Override
    public int getStatus() {
        return RUNNING;
    }

    @Override
    public Vector<Identity> getIdentities() {
        return new Vector<>(identities);
    }

    @Override
    public boolean add(byte[] identity) {
        return false;
    }

    @Override
    public boolean remove(byte[] blob) {
        return false;
    }

    @Override
    public void removeAll() {
        // Nothing to forget: the keys live in their files or the agent.
    }
}
