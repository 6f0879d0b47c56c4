package org.l2tpdoctor.collect.demo;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;
import org.l2tpdoctor.model.Menu;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.RouterVersion;

/**
 * What the simulated RouterOS console prints for a command: the scenario's file for an
 * allowlisted print, and RouterOS's own error line for anything else, so the simulator can
 * never pretend to have changed its configuration.
 */
final class ConsoleAnswers {
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern CHAIN = Pattern.compile("[;\\[\\]{}$]");
    private static final Set<String> KNOWN_WORDS = knownWords();

    private final Scenario scenario;

    ConsoleAnswers(Scenario scenario) {
        this.scenario = scenario;
    }

    String answer(String command) {
        String refused = refusalOf(command);
        return refused != null ? refused : scenario.answer(command).orElseGet(() -> synthesised(command));
    }

    /** RouterOS's error line for a command this console would not run (unknown here, or a menu the version lacks); null if it runs. */
    String refusalOf(String command) {
        if (!CommandCatalogue.isOneReadOnlyCommand(command)) {
            return refusal(command);
        }
        String missingMenu = menuMissingInVersion(command);
        return missingMenu == null ? null : badCommandName(command, missingMenu);
    }

    /** v6 has no active-peers and v7 no remote-peers; a menu newer than the router (the catalogue's since) is missing. */
    private String menuMissingInVersion(String command) {
        int major = scenario.major();
        if (major == 6 && command.startsWith(Menus.ACTIVE_PEERS.path() + " ")) {
            return "active-peers";
        }
        if (major >= 7 && command.startsWith(Menus.ACTIVE_PEERS.v6Path() + " ")) {
            return "remote-peers";
        }
        RouterVersion version = RouterVersion.parse(scenario.version(), "the demo scenario");
        for (Menu menu : Menus.ALL) {
            if (command.startsWith(menu.path() + " ") && !menu.existsIn(version)) {
                return menu.path().substring(menu.path().lastIndexOf(' ') + 1);
            }
        }
        return null;
    }

    /** A router always has a resource and an identity print, even if the scenario omits them. */
    private String synthesised(String command) {
        if (command.equals(CommandCatalogue.VERSION_COMMAND)) {
            return "                   uptime: 12d3h41m7s\n"
                    + "                  version: " + scenario.version() + " (stable)\n"
                    + "                 cpu-load: 3%\n"
                    + "        architecture-name: arm64\n"
                    + "               board-name: RB5009UG+S+\n"
                    + "                 platform: MikroTik\n";
        }
        if (command.equals(Menus.SYSTEM_IDENTITY.check())) {
            return "  name: " + scenario.identity() + "\n";
        }
        // An empty table prints nothing at all over exec.
        return "";
    }

    /** The error RouterOS prints: the first chaining character or unknown word, 1-based column. */
    static String refusal(String command) {
        Matcher chain = CHAIN.matcher(command);
        if (chain.find()) {
            return "syntax error (line 1 column " + (chain.start() + 1) + ")\n";
        }
        Matcher word = WORD.matcher(command);
        while (word.find()) {
            String w = word.group();
            if (w.startsWith("/")) {
                w = w.substring(1);
            }
            if (!w.isEmpty() && !KNOWN_WORDS.contains(w)) {
                return "bad command name " + w + " (line 1 column " + (word.start() + 1
                        + (word.group().startsWith("/") ? 1 : 0)) + ")\n";
            }
        }
        return "expected end of command (line 1 column " + (command.length() + 1) + ")\n";
    }

    private static String badCommandName(String command, String name) {
        return "bad command name " + name + " (line 1 column " + (command.indexOf(name) + 1) + ")\n";
    }

    private static Set<String> knownWords() {
        Set<String> words = new HashSet<>();
        for (String command : CommandCatalogue.allCommands()) {
            int where = command.indexOf(" where ");
            String head = where < 0 ? command : command.substring(0, where);
            for (String w : head.substring(1).split("\\s+")) {
                words.add(w);
            }
        }
        return words;
    }
}
