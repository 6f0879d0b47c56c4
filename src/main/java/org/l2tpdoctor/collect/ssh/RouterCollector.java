package org.l2tpdoctor.collect.ssh;

import com.jcraft.jsch.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.l2tpdoctor.collect.Capture;

/**
 * Collects the read-only diagnosis commands from one router over SSH: one session; the version
 * read first, in a channel of its own, to pick the v6 or v7 list; then the prints whose menus
 * that version has as one {@link CommandLine} in one channel, each print's output, error or
 * timeout still its own; a menu the version lacks, and every print of a router that refuses the
 * line, in a channel per command.
 */
public final class RouterCollector {
    /** How a problem says the router rejected a command ("bad command name"): a fleet row reads it. */
    public static final String REJECTED = "the router rejected it: ";


    /** Threads that wait on channels (they only block on the network), shared by all routers. */
    private static final java.util.concurrent.ExecutorService CHANNELS =
            java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "l2tpdoctor-channel");
                t.setDaemon(true);
                return t;
            });

    private final SshTarget target;

    private final int channels;

    /** One command at a time: the gentlest on a production router, and deterministic. */
    public RouterCollector(SshTarget target) {
        this(target, 1);
    }

    /**
     * Up to {@code channels} exec channels at once on the one session: a reading then costs a few
     * round trips instead of one per command. A router that refuses a channel gets one at a time.
     */
    public RouterCollector(SshTarget target, int channels) {
        this.target = target;
        this.channels = Math.max(1, channels);
    }

    /**
     * Every command {@link #collect()} may send, in order, without connecting. Which of
     * active-peers (v7) or remote-peers (v6) runs depends on the version read first.
     */
    public List<String> dryRun() {
        return CommandCatalogue.allCommands();
    }

    /** The commands with a watch window: the same, then the followed log. */
    public List<String> dryRun(java.time.Duration watch) {
        List<String> all = new ArrayList<>(dryRun());
        if (watch != null) {
            all.add(CommandCatalogue.FOLLOW_LOG + "   (read for " + watch.toSeconds() + " s, then closed)");
        }
        return all;
    }

    /**
     * Connects, runs the catalogue, disconnects. Per-command trouble (rejected, timed out,
     * connection lost mid-output) lands in the result's problems with what was collected so
     * far; only failing to connect or log in at all throws.
     */
    public CollectionResult collect() throws CollectError {
        return collect(null);
    }

    /**
     * As {@link #collect()}, then, with a {@code watch} window, follows the ipsec/l2tp/ppp log for
     * that long (while the user retries the connection) and adds what it printed as one more
     * capture.
     */
    public CollectionResult collect(java.time.Duration watch) throws CollectError {
        return collect(watch, null);
    }

    /** As {@link #collect(java.time.Duration)}, handing each followed log line to {@code onLogLine} as it comes. */
    public CollectionResult collect(java.time.Duration watch, java.util.function.Consumer<String> onLogLine)
            throws CollectError {
        Session session = new SessionOpener(target, AskedOnce.of(target.password())).open();
        try {
            Run run = new Run(session);
            CollectionResult result = run.all();
            return watch == null || run.lost ? result : run.follow(result, watch, onLogLine);
        } finally {
            session.disconnect();
        }
    }

    /** The state of one collection: what was captured and what went wrong. */
    private final class Run {
        private final CommandRunner runner;
        private final List<Capture> captures = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private boolean complete = true;
        /** No more commands: the connection is gone, or the router was given up. */
        private boolean lost;
        private int slowAnswers;
        private String version;
        private List<String> plan = CommandCatalogue.commandsFor(7);
        /** Channels at once when commands go one per channel. */
        private int width = channels;

        Run(Session session) {
            this.runner = new CommandRunner(session, target.commandTimeout());
        }

        CollectionResult all() {
            String resource = ask(CommandCatalogue.VERSION_COMMAND);
            version = resource == null ? null
                    : CommandCatalogue.versionIn(resource).orElse(null);
            if (lost) {
                return result(version);
            }
            int major = CommandCatalogue.major(version);
            if (major == 0) {
                problems.add(target.host() + ": command '" + CommandCatalogue.VERSION_COMMAND
                        + "': no RouterOS version shown; using the RouterOS 7 command list");
            }
            plan = CommandCatalogue.commandsFor(major);
            List<String> rest = plan.stream().filter(c -> !c.equals(CommandCatalogue.VERSION_COMMAND)).toList();
            // With the version known, the prints its menus all exist in go as one command line;
            // a menu that version lacks goes by itself (its "bad command name" would stop the line).
            boolean lines = major != 0;
            for (int i = 0; i < rest.size() && !lost; ) {
                int end = i;
                while (lines && end < rest.size() && !CommandCatalogue.menuAbsentIn(rest.get(end), version)) {
                    end++;
                }
                if (end - i >= 2) {
                    List<String> chunk = rest.subList(i, end);
                    CommandRunner.LineReply reply = runner.runLine(CommandLine.of(chunk));
                    if (reply.refused()) {
                        lines = false; // this router will not run our line: one command per channel
                        continue;
                    }
                    List<CommandRunner.Reply> replies = reply.replies();
                    for (int k = 0; k < replies.size() && !lost; k++) {
                        record(chunk.get(k), replies.get(k));
                    }
                    i += replies.size();
                    if (replies.size() < chunk.size() && !endsAttributed(replies)) {
                        lines = false; // the line stopped without saying why: the rest one by one
                    }
                    continue;
                }
                int to = lines ? i + 1 : rest.size();
                while (to < rest.size() && CommandCatalogue.menuAbsentIn(rest.get(to), version)) {
                    to++;
                }
                perChannel(rest.subList(i, to));
                i = to;
            }
            return result(version);
        }

        /** A line that ended early on a command's timeout or size has said which command; the next line starts after it. */
        private boolean endsAttributed(List<CommandRunner.Reply> replies) {
            if (replies.isEmpty()) {
                return false;
            }
            CommandRunner.Outcome last = replies.get(replies.size() - 1).outcome();
            return last == CommandRunner.Outcome.TIMED_OUT || last == CommandRunner.Outcome.TOO_LARGE
                    || last == CommandRunner.Outcome.CONNECTION_LOST;
        }

        /** One exec channel per command, up to {@code width} at once. */
        private void perChannel(List<String> commands) {
            // step by the wave just run, not by width: width may drop to 1 inside a wave
            for (int i = 0, step = 0; i < commands.size() && !lost; i += step) {
                List<String> wave = commands.subList(i, Math.min(commands.size(), i + width));
                step = wave.size();
                List<CommandRunner.Reply> replies = width == 1 ? List.of(runner.run(wave.get(0))) : runAtOnce(wave);
                for (int k = 0; k < wave.size() && !lost; k++) {
                    CommandRunner.Reply reply = replies.get(k);
                    if (reply.outcome() == CommandRunner.Outcome.CHANNEL_REFUSED) {
                        // this router takes one channel at a time: from here on, so do we
                        width = 1;
                        reply = runner.run(wave.get(k));
                    }
                    record(wave.get(k), reply);
                }
            }
        }

        /** One channel per command, all at once over the one session; replies in the wave's order. */
        private List<CommandRunner.Reply> runAtOnce(List<String> wave) {
            List<java.util.concurrent.CompletableFuture<CommandRunner.Reply>> futures = new ArrayList<>();
            for (String command : wave) {
                futures.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> runner.run(command), CHANNELS));
            }
            return futures.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        }

        CollectionResult follow(CollectionResult before, java.time.Duration window,
                                java.util.function.Consumer<String> onLogLine) {
            CommandRunner.Reply reply = runner.stream(CommandCatalogue.FOLLOW_LOG, window, onLogLine);
            if (reply.outcome() == CommandRunner.Outcome.ANSWERED) {
                captures.add(new Capture(target.host(), CommandCatalogue.FOLLOW_LOG, reply.text()));
            } else {
                problems.add(target.host() + ": command '" + CommandCatalogue.FOLLOW_LOG + "': the log could not be followed ("
                        + reply.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
                complete = false;
            }
            return result(before.version());
        }

        /** Runs one command; returns its text when answered, else records the problem. */
        private String ask(String command) {
            return record(command, runner.run(command));
        }

        /** Keeps a reply's text, or records why there is none. */
        private String record(String command, CommandRunner.Reply reply) {
            String step = target.host() + ": command '" + command + "': ";
            switch (reply.outcome()) {
                case ANSWERED:
                    captures.add(new Capture(target.host(), command, reply.text()));
                    return reply.text();
                case REJECTED:
                    problems.add(step + REJECTED + reply.text());
                    if (version == null || !CommandCatalogue.menuAbsentIn(command, version)) {
                        complete = false; // a print the diagnosis needs is missing
                    }
                    return null;
                case TIMED_OUT:
                case TOO_LARGE:
                    complete = false;
                    if (givesUp(command, reply)) {
                        return null;
                    }
                    problems.add(step + (reply.outcome() == CommandRunner.Outcome.TOO_LARGE ? "answer too large; dropped"
                            : "no complete answer within " + seconds() + "; partial output dropped"));
                    return null;
                case CHANNEL_REFUSED:
                    problems.add(step + "the router refused to open a channel for it");
                    complete = false;
                    return null;
                case CONNECTION_LOST:
                default:
                    int left = remainingAfter(command);
                    problems.add(step + "connection closed mid-output; " + captures.size()
                            + " answers kept" + (left > 0 ? ", " + left + " commands not run" : ""));
                    complete = false;
                    lost = true;
                    return null;
            }
        }

        /**
         * A router that has answered nothing complete yet, or that failed a second command, is
         * given up: hung (silent) or runaway (endless output) routers would otherwise cost the
         * whole timeout for every command, minutes in a fleet. One slow command alone is not.
         */
        private boolean givesUp(String command, CommandRunner.Reply reply) {
            slowAnswers++;
            if (!captures.isEmpty() && slowAnswers < 2) {
                return false;
            }
            int left = remainingAfter(command);
            String what = !reply.heardFrom() ? "the router answered nothing within " + seconds() + " to '" + command + "'"
                    : reply.outcome() == CommandRunner.Outcome.TOO_LARGE ? "the answer to '" + command + "' was too large"
                    : "no complete answer within " + seconds() + " to '" + command + "'";
            String why = captures.isEmpty() ? "logged in, but " + what
                    : what + ", the second command that failed so";
            problems.add(target.host() + ": " + why + "; gave up (" + left + " commands not run)");
            lost = true;
            return true;
        }

        private int remainingAfter(String command) {
            int at = plan.indexOf(command);
            return at < 0 ? 0 : plan.size() - at - 1;
        }

        private CollectionResult result(String shownVersion) {
            return new CollectionResult(target.host(), shownVersion, captures, problems, complete);
        }

        private String seconds() {
            return FailureWording.seconds(target.commandTimeout());
        }
    }
}
