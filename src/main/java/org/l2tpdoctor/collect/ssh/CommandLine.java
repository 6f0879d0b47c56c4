package org.l2tpdoctor.collect.ssh;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several catalogued prints sent as one RouterOS command line, in one exec channel, with a
 * marker printed before each and one after the last, so each print's output is told apart:
 *
 * <pre>:put "l2tpdoctor-5f3a9c01-1"; /ip ipsec peer print detail without-paging; :put "l2tpdoctor-5f3a9c01-2"; ...; :put "l2tpdoctor-5f3a9c01-end"</pre>
 *
 * <p>RouterOS ends a command at {@code ;} as at a new line, and runs a line's commands one after
 * another. A channel per print cost each end of the connection about 0.6 ms of CPU and a round
 * trip (JSch waits for each exec request's reply in 10 ms naps); a reading is 24 prints. The
 * line holds nothing but {@code :put} of a marker (it only prints) and catalogued commands,
 * each whole: {@link #commandsIn} takes a line apart and checks every part, and the
 * {@link CommandRunner} sends no line that check refuses.
 *
 * <p>RouterOS parses a whole line before it runs any of it, so one menu that version lacks
 * ("bad command name") stops the whole line: the collector batches only the menus the catalogue
 * says the router's version has, and a router that refuses the line gets one command per channel.
 *
 * @param commands the catalogued commands, in order
 * @param nonce    eight hex digits of this reading, so no print can hold a marker by chance
 */
public record CommandLine(List<String> commands, String nonce) {
    private static final String SEPARATOR = "; ";
    private static final String PREFIX = "l2tpdoctor-";
    private static final Pattern MARKER_PUT = Pattern.compile(":put \"" + PREFIX + "([0-9a-f]{8})-(\\d{1,3}|end)\"");

    public CommandLine {
        commands = List.copyOf(commands);
        if (commands.isEmpty() || !nonce.matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("a command line needs commands and an 8-hex-digit nonce");
        }
    }

    /** The commands as one line, with a fresh marker set. */
    public static CommandLine of(List<String> commands) {
        return new CommandLine(commands, String.format("%08x", ThreadLocalRandom.current().nextInt()));
    }

    /** What the router prints, on a line of its own, before command {@code index} (0-based). */
    public String markerBefore(int index) {
        return PREFIX + nonce + "-" + (index + 1);
    }

    /** What the router prints, on a line of its own, after the last command. */
    public String endMarker() {
        return PREFIX + nonce + "-end";
    }

    /** The line sent over exec. */
    public String text() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < commands.size(); i++) {
            line.append(":put \"").append(markerBefore(i)).append('"').append(SEPARATOR)
                    .append(commands.get(i)).append(SEPARATOR);
        }
        return line.append(":put \"").append(endMarker()).append('"').toString();
    }

    /**
     * The catalogued commands of a line this class writes, in order; empty for anything else:
     * a part that is not a marker of this line's nonce in its place or not exactly one catalogued
     * read-only command, a followed log, a line with no command, markers out of order.
     */
    public static Optional<List<String>> commandsIn(String line) {
        if (line == null || !line.startsWith(":put \"" + PREFIX)) {
            return Optional.empty();
        }
        String[] parts = line.split(SEPARATOR, -1);
        if (parts.length < 3 || parts.length % 2 == 0) {
            return Optional.empty();
        }
        Matcher first = MARKER_PUT.matcher(parts[0]);
        if (!first.matches()) {
            return Optional.empty();
        }
        String nonce = first.group(1);
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                boolean last = i == parts.length - 1;
                String expected = ":put \"" + PREFIX + nonce + "-" + (last ? "end" : String.valueOf(i / 2 + 1)) + "\"";
                if (!parts[i].equals(expected)) {
                    return Optional.empty();
                }
            } else {
                if (!CommandCatalogue.isOneReadOnlyCommand(parts[i]) || CommandCatalogue.FOLLOW_LOG.equals(parts[i])) {
                    return Optional.empty();
                }
                commands.add(parts[i]);
            }
        }
        return Optional.of(List.copyOf(commands));
    }

    /** The line's marker set, when {@code line} is a command line. */
    public static Optional<CommandLine> parse(String line) {
        return commandsIn(line).map(commands -> {
            Matcher m = MARKER_PUT.matcher(line.substring(0, line.indexOf(SEPARATOR)));
            m.matches();
            return new CommandLine(commands, m.group(1));
        });
    }
}
