package org.l2tpdoctor.collect.ssh;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.l2tpdoctor.model.Menu;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.RouterVersion;

/** The one allowlist of read-only RouterOS commands the tool may ever send to a router. */
public final class CommandCatalogue {

    /** Read first: its {@code version:} line picks the v6 or v7 list. */
    public static final String VERSION_COMMAND = Menus.SYSTEM_RESOURCE.check();

    // The menus' own commands, in the catalogue's order; RouterOS 6 names some menus otherwise.
    private static final List<String> V7 = commands(7);
    private static final List<String> V6 = commands(6);

    private static final List<String> ALL = union(V7, V6);

    // Exact strings only: no pattern can be tricked into accepting "print; /system reset".
    private static final Set<String> ALLOWED = Set.copyOf(ALL);

    // A second, independent guard against a bad entry slipping into the lists above.
    private static final Set<String> WRITE_WORDS = Set.of("set", "add", "remove", "flush", "move",
            "kill-connections", "enable", "disable", "reset", "reboot", "shutdown", "unset", "edit",
            "import", "run", "execute", "upgrade", "reset-configuration", "reset-counters", "clear");
    private static final Pattern UNSAFE_CHARS = Pattern.compile("[;\\[\\]{}$\\\\\\r\\n`]");

    /** A where clause that compares a property with one IPv4 prefix: {@code dst-address=0.0.0.0/0}. */
    private static final String PREFIX_CONDITION = "[a-z-]+=\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}";

    private static final Pattern VERSION_LINE =
            Pattern.compile("(?m)^\\s*version:\\s*(\\d+(?:\\.\\d+)*)");

    private CommandCatalogue() {
    }

    /**
     * {@code check --watch}: the ipsec/l2tp/ppp log as it happens, read for a set time. RouterOS
     * keeps the channel open; the collector closes it when the window ends.
     */
    public static final String FOLLOW_LOG = Menus.LOG.path() + " print follow-only where " + Menus.LOG_TOPICS;

    /**
     * True only for what the tool may send over exec: exactly one of the catalogue's read-only
     * commands, or a {@link CommandLine} of them whose every part is checked.
     */
    public static boolean isReadOnly(String command) {
        return isOneReadOnlyCommand(command) || CommandLine.commandsIn(command).isPresent();
    }

    /** True only for a command string that is exactly one of the catalogue's read-only commands. */
    public static boolean isOneReadOnlyCommand(String command) {
        return command != null && (ALLOWED.contains(command) || FOLLOW_LOG.equals(command)) && hasReadOnlyShape(command);
    }

    /**
     * A print, export or log print whose words, outside a where clause's quoted text, include
     * no verb that changes the router and no character that could chain a second command.
     */
    static boolean hasReadOnlyShape(String command) {
        String head = command;
        int where = command.indexOf(" where ");
        if (where >= 0) {
            head = command.substring(0, where);
            String condition = command.substring(where + " where ".length());
            // The condition may hold one quoted pattern, or one IPv4 prefix, and nothing that runs code.
            if (!condition.matches("[a-z-]+~?=?\"[^\"\\\\;\\[\\]$]*\"") && !condition.matches(PREFIX_CONDITION)) {
                return false;
            }
        }
        if (UNSAFE_CHARS.matcher(head).find() || head.contains("\"")) {
            return false;
        }
        List<String> words = List.of(head.trim().split("\\s+"));
        if (!words.get(0).startsWith("/")) {
            return false;
        }
        for (String word : words) {
            if (WRITE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return words.contains("print") || words.contains("export");
    }

    /**
     * True when the router's version has no such menu, so its "bad command name" is the expected
     * answer, not a gap in the reading: the catalogue says since when each menu exists.
     */
    public static boolean menuAbsentIn(String command, String version) {
        RouterVersion router = null; // parsed only for a command of a menu with a "since"
        for (Menu m : Menus.ALL) {
            String path = m.path();
            if (command.length() > path.length() && command.charAt(path.length()) == ' ' && command.startsWith(path)) {
                if (router == null) {
                    router = RouterVersion.parse(version == null ? "" : version, "the router");
                }
                if (!m.existsIn(router)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The commands for a RouterOS major version (6 or 7; anything else gets the v7 list). */
    public static List<String> commandsFor(int major) {
        return major == 6 ? V6 : V7;
    }

    /** Every command that may be sent, v7 order first, then the v6-only forms. */
    public static List<String> allCommands() {
        return ALL;
    }

    /** The RouterOS version from {@code /system resource print} output ("7.19.4"), if shown. */
    public static Optional<String> versionIn(String systemResourceText) {
        Matcher m = VERSION_LINE.matcher(systemResourceText);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The major number of a version string ("7.19.4" gives 7), 0 when it is not a version. */
    public static int major(String version) {
        if (version == null) {
            return 0;
        }
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The file name that holds a command's output in a collected folder or a demo scenario:
     * lower case, every run of other characters turned into one '-', plus ".txt".
     */
    public static String fileName(String command) {
        String slug = command.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug + ".txt";
    }

    private static List<String> commands(int major) {
        return Menus.ALL.stream().flatMap(m -> m.checks(major).stream()).toList();
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(new ArrayList<>(all));
    }
}
