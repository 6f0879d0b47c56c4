package org.l2tpdoctor.collect.ssh;

import com.jcraft.jsch.UserInfo;
import java.util.function.Supplier;

/**
 * Answers JSch's questions without a human: the password once per login (a second prompt
 * would only repeat a wrong one and count against the router's login limits), no passphrases,
 * and "no" to every yes/no question so nothing is ever accepted implicitly.
 */
final class LoginPrompt implements UserInfo {
    private final Supplier<String> password;
    private String given;
    private boolean asked;
    private boolean missing;

    LoginPrompt(Supplier<String> password) {
        this.password = password;
    }

    @Override
    public boolean promptPassword(String message) {
        if (asked) {
            return false;
        }
        asked = true;
        given = password.get();
        missing = given == null;
        return !missing;
    }

    @Override
    public String getPassword() {
        return given;
    }

    /** True when the router asked for a password and the supplier had none. */
    boolean passwordMissing() {
        return missing;
    }

    boolean passwordTried() {
        return asked && !missing;
    }

    @Override
    public boolean promptPassphrase(String message) {
        return false;
    }

    @Override
    public String getPassphrase() {
        return null;
    }

    @Override
    public boolean promptYesNo(String message) {
        return false;
    }

    @Override
    public void showMessage(String message) {
        // The collector words its own one-line errors.
    }
}
