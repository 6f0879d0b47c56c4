package org.l2tpdoctor.rules;

/** A rule file that cannot be used: says which file and what is wrong. */
public final class RuleSyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    public RuleSyntaxError(String message) {
        super(message);
    }
}
