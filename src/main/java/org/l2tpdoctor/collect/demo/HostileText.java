package org.l2tpdoctor.collect.demo;

/**
 * What a hostile or broken router puts in its answers: terminal escape sequences (a reset, a
 * switch to line drawing, a cursor save, a title change), C0 and C1 controls, DEL, a bidi
 * override and a zero-width space inside names and the version, and one line of a megabyte.
 */
public final class HostileText {
    /** Every kind of character that must never reach a terminal or a script raw. */
    public static final String CHARACTERS = "\u001bc\u001b(0\u001b7\u001b]0;owned\u0007\u0008\u007f\u009b"
            + "\u202e\u2066\u200b\ufeff";
    static final int HUGE_LINE = 1024 * 1024;

    private HostileText() {
    }

    static String into(String answer) {
        String hostile = answer.replace("name=\"", "name=\"" + CHARACTERS)
                .replaceAll("(?m)^(\\s*version: \\S+|\\s*name: )", "$1" + CHARACTERS.replace("$", "\\$"));
        return hostile + (hostile.endsWith("\n") || hostile.isEmpty() ? "" : "\n")
                + "x".repeat(HUGE_LINE) + "\n";
    }
}
