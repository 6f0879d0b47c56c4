package org.l2tpdoctor.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.l2tpdoctor.analyze.Analyze;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.report.RowText;
import org.l2tpdoctor.rules.MenuCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show MENU}: one parsed table of the evidence, in aligned columns. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Shows a menu of the evidence as a table, in columns.",
            "show installed-sa, show /ip ipsec policy, show attempt (the /doctor menus l2tpdoctor",
            "derives). The end of a path is enough when it is unique. Without MENU: the menus in the",
            "evidence and their rows. Rows too wide for the terminal are shown one block each."})
final class ShowCommand implements Callable<Integer> {
    private final Context context;

    @Parameters(arity = "0..*", paramLabel = "MENU", completionCandidates = Completions.Menu.class,
            description = "The menu: its path, or the end of it (policy, installed-sa, ppp/profile, attempt).")
    List<String> menu = new ArrayList<>();

    @Option(names = {"-d", "--detail"}, description = "One block per row, as print detail does.")
    boolean detail;

    @Option(names = {"-c", "--columns"}, split = ",", paramLabel = "PROPERTY",
            description = "Only these properties, in this order (comma-separated).")
    List<String> columns;

    @Option(names = {"-g", "--grep"}, paramLabel = "REGEX", description = "Only rows whose text matches.")
    String grep;

    ShowCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ShellError {
        Snapshot s = Diagnosing.require(context).snapshot();
        PrintWriter out = context.out();
        if (menu.isEmpty()) {
            menus(s, out);
            return 0;
        }
        String name = Menus.resolve(String.join(" ", menu), Menus.known(s.tables().keySet()), s.tables().keySet());
        Predicate<String> match = LogFilter.of(grep);
        List<Row> rows = s.rows(name).stream().filter(r -> match.test(RowText.of(r))).toList();
        if (!s.hasMenu(name)) {
            out.println(name + ": not in the evidence; collect, or paste the output of: "
                    + MenuCommands.printCommand(name));
            return 0;
        }
        out.println(name + " (" + rows.size() + (rows.size() == 1 ? " row" : " rows")
                + (grep != null ? " matching" : "") + ")");
        if (!rows.isEmpty()) {
            RowTable.print(rows, columns != null ? columns : RowTable.columns(rows), detail, context.run().width(), out);
        }
        return 0;
    }

    private static void menus(Snapshot s, PrintWriter out) {
        List<String> virtual = Analyze.virtualMenus();
        Map<String, String> shortNames = Menus.shortNames(Menus.known(s.tables().keySet()));
        List<List<String>> cells = new ArrayList<>();
        s.tables().forEach((menu, rows) -> cells.add(List.of(menu, String.valueOf(rows.size()),
                shortNames.getOrDefault(menu, ""), virtual.contains(menu) ? "derived by l2tpdoctor" : "read")));
        TableText.print(List.of("MENU", "ROWS", "SHORT", "FROM"), cells, out);
    }
}
