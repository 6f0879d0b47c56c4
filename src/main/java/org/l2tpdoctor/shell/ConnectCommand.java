package org.l2tpdoctor.shell;

import java.util.concurrent.Callable;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.ssh.CollectionResult;
import org.l2tpdoctor.collect.ssh.RouterAddress;
import org.l2tpdoctor.options.ConnectionOptions;
import org.l2tpdoctor.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code connect HOST} or {@code connect --demo [SCENARIO]}: choose a router and read it. */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"Connects to a router over SSH (or the simulated one) and reads it.",
            "Read-only: only the print commands check sends. connect --demo [SCENARIO] starts the",
            "built-in simulated router on 127.0.0.1 instead and reads that over real SSH.",
            "The SSH options are those of check; a password comes from L2TPDOCTOR_PASSWORD or a prompt.",
            "A host from the inventory (shell --inventory) brings its user and port."})
final class ConnectCommand implements Callable<Integer> {
    private final Context context;

    @Parameters(arity = "0..1", paramLabel = "[USER@]HOST[:PORT]", completionCandidates = Completions.Host.class,
            description = "The router, as in check --host.")
    String host;

    @Option(names = "--demo", arity = "0..1", paramLabel = "SCENARIO", fallbackValue = "second-client-fails",
            completionCandidates = Completions.ScenarioName.class,
            description = "The simulated router: healthy, second-client-fails (default), drops, firewall-order, "
                    + "l2tp-never-starts, healthy-v6.")
    String demo;

    @Mixin
    ConnectionOptions ssh;

    ConnectCommand(Context context) {
        this.context = context;
    }

    /** check's --host and --inventory name fleets; connect takes its one router as HOST. */
    static void dropFleetOptions(CommandLine connect) {
        var spec = connect.getCommandSpec();
        for (String name : new String[] {"--host", "--inventory"}) {
            var option = spec.findOption(name);
            if (option != null) {
                spec.remove(option);
            }
        }
    }

    @Override
    public Integer call() throws ShellError, InputError {
        if ((host == null) == (demo == null)) {
            throw new ShellError("connect takes a HOST, or --demo [SCENARIO] for the simulated router");
        }
        Connection connection = demo != null
                ? DemoConnection.start(Scenario.load(demo), ssh.target(new RouterAddress(null, "127.0.0.1", 0),
                        context.io(), () -> null).commandTimeout())
                : sshConnection();
        CollectionResult reading;
        try {
            context.out().println("reading " + TerminalText.safe(connection.label()) + " (read-only)...");
            context.out().flush();
            reading = Reading.read(connection, null);
        } catch (ShellError e) {
            connection.close();
            throw e;
        }
        boolean[] connected = {false};
        context.run().commit(() -> {
            context.session().connect(connection, reading);
            connected[0] = true;
        });
        if (!connected[0]) {
            connection.close();
            return 0;
        }
        context.out().println("connected to " + TerminalText.safe(connection.label()));
        Reading.summary(context, connection.label(), reading);
        return 0;
    }

    private Connection sshConnection() throws ShellError {
        RouterAddress address;
        try {
            address = RouterAddress.parse(host);
        } catch (IllegalArgumentException e) {
            throw new ShellError(e.getMessage());
        }
        if (address.user() == null && address.port() == 0) {
            RouterAddress listed = new HostNames(null, context.settings().inventory()).inInventory(host);
            address = listed != null ? listed : address;
        }
        String label = address.label();
        Once password = new Once(() -> context.input().password(
                "SSH password for " + TerminalText.safe(label) + " (not echoed): "));
        return new SshConnection(label, ssh.target(address, context.io(), password));
    }
}
