package org.l2tpdoctor.collect.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.collect.TextDecoder;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;
import org.l2tpdoctor.text.FileErrors;

/**
 * A router to simulate: its RouterOS version, identity, login, and one text file per command
 * (named by {@link CommandCatalogue#fileName}), from the built-in set or any folder.
 */
public record Scenario(String name, String version, String identity, String user,
                       String password, Map<String, String> answers) {

    static final String PROPERTIES = "scenario.properties";
    private static final String BUILT_IN_ROOT = "scenarios/";
    private static final String BUILT_IN_LIST = BUILT_IN_ROOT + "scenarios.list";

    public Scenario {
        answers = Map.copyOf(answers);
    }

    /** A folder path if one exists by that name, else a built-in scenario. */
    public static Scenario load(String nameOrFolder) throws InputError {
        Path folder = Path.of(nameOrFolder);
        return Files.isDirectory(folder) ? fromFolder(folder) : builtIn(nameOrFolder);
    }

    /** Names of the scenarios shipped in the jar, in a sensible order to try them. */
    public static List<String> builtInNames() {
        String list = resource(BUILT_IN_LIST);
        return list == null ? List.of() : list.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    public static Scenario builtIn(String name) throws InputError {
        String properties = name.matches("[a-z0-9-]+") ? resource(BUILT_IN_ROOT + name + "/" + PROPERTIES)
                : null;
        if (properties == null) {
            throw new InputError("no demo scenario '" + name + "'; built in: "
                    + String.join(", ", builtInNames()));
        }
        Map<String, String> answers = new HashMap<>();
        List<String> commands = new java.util.ArrayList<>(CommandCatalogue.allCommands());
        commands.add(CommandCatalogue.FOLLOW_LOG);
        for (String command : commands) {
            String file = CommandCatalogue.fileName(command);
            String text = resource(BUILT_IN_ROOT + name + "/" + file);
            if (text != null) {
                answers.put(file, text);
            }
        }
        return of(name, parse(properties), answers);
    }

    /** A folder of answers, such as one written by a collection; scenario.properties optional. */
    public static Scenario fromFolder(Path folder) throws InputError {
        Map<String, String> answers = new HashMap<>();
        String properties = "";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                String text = TextDecoder.decode(Files.readAllBytes(file));
                if (fileName.equals(PROPERTIES)) {
                    properties = text;
                } else if (fileName.endsWith(".txt")) {
                    answers.put(fileName, text);
                }
            }
        } catch (IOException e) {
            throw new InputError(folder + ": cannot read scenario folder: " + FileErrors.reason(e));
        }
        return of(folder.getFileName().toString(), parse(properties), answers);
    }

    /** The stored answer for an allowlisted command, if the scenario has one. */
    public Optional<String> answer(String command) {
        return Optional.ofNullable(answers.get(CommandCatalogue.fileName(command)));
    }

    public int major() {
        return CommandCatalogue.major(version);
    }

    private static Scenario of(String name, Properties p, Map<String, String> answers) {
        String shown = answers.get(CommandCatalogue.fileName(CommandCatalogue.VERSION_COMMAND));
        String version = p.getProperty("version",
                shown == null ? "7.19.4" : CommandCatalogue.versionIn(shown).orElse("7.19.4"));
        return new Scenario(name, version.strip(), p.getProperty("identity", "MikroTik").strip(),
                p.getProperty("user", "admin").strip(), p.getProperty("password", "demo"),
                answers);
    }

    private static Properties parse(String text) throws InputError {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new InputError("bad " + PROPERTIES + ": " + e.getMessage());
        }
        return properties;
    }

    private static String resource(String path) {
        try (InputStream in = Scenario.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** The login password is a demo value, but still kept out of logs. */
    @Override
    public String toString() {
        return "Scenario[" + name + ", RouterOS " + version + ", " + answers.size() + " answers]";
    }
}
