package org.l2tpdoctor.shell;

import java.util.List;
import java.util.concurrent.Callable;
import org.l2tpdoctor.collect.Capture;
import picocli.CommandLine.Command;

/** {@code paste}: RouterOS output typed or pasted in, until a lone "." or Ctrl-D. */
@Command(name = "paste", mixinStandardHelpOptions = true,
        description = {"Adds pasted RouterOS output to the evidence.",
            "A terminal session with prompts, print output, log lines or an /export. End with a",
            "line holding only '.', or Ctrl-D; Ctrl-C drops the paste."})
final class PasteCommand implements Callable<Integer> {
    private final Context context;

    PasteCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ShellError {
        context.out().println("Paste RouterOS output; end with a line holding only '" + TerminalInput.END
                + "' (or Ctrl-D).");
        context.out().flush();
        List<String> lines = context.input().block();
        if (lines == null) {
            context.out().println("paste dropped");
            return 0;
        }
        if (lines.stream().allMatch(String::isBlank)) {
            context.out().println("nothing pasted");
            return 0;
        }
        String name = context.session().nextPasteName();
        EvidenceIntake.add(context, List.of(new Capture(name, null, String.join("\n", lines) + "\n")), name);
        return 0;
    }
}
