package org.l2tpdoctor.model;

/**
 * The RouterOS version where the input reveals it, and how it was learned.
 * Major 0 means unknown.
 */
public record RouterVersion(int major, int minor, String text, String evidence) {

    public static final RouterVersion UNKNOWN = new RouterVersion(0, 0, "unknown", "not shown in the input");

    public boolean known() {
        return major > 0;
    }

    /** This version is {@code other} or newer (by major and minor). */
    public boolean atLeast(RouterVersion other) {
        return major > other.major || major == other.major && minor >= other.minor;
    }

    /** Parses "6.48.6", "7.19.4", "7" (a version seen only by its print style). */
    public static RouterVersion parse(String text, String evidence) {
        String[] parts = text.trim().split("[.\\s]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 && parts[1].matches("\\d+") ? Integer.parseInt(parts[1]) : 0;
            return new RouterVersion(major, minor, text.trim(), evidence);
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }
}
