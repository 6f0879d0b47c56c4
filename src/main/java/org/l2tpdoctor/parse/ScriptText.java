package org.l2tpdoctor.parse;

import org.l2tpdoctor.parse.ScriptParser.CommandContext;
import org.l2tpdoctor.parse.ScriptParser.MenuPathContext;
import org.l2tpdoctor.parse.ScriptParser.NamedArgumentContext;
import org.l2tpdoctor.parse.ScriptParser.ValueContext;

/** Text of script parse-tree pieces: menu paths, values, and {@code [ find ... ]} targets. */
public final class ScriptText {
    private ScriptText() {
    }

    public static String menu(MenuPathContext path) {
        StringBuilder words = new StringBuilder();
        path.pathWord().forEach(w -> words.append(' ').append(w.getText()));
        return MenuNames.normalise(words.toString());
    }

    public static String value(ValueContext value) {
        if (value.LBRACK() != null) {
            return "[" + value.command().getText() + "]";
        }
        return Quoting.unquote(value.getText());
    }

    /** "[ find default=yes ]" gives "default=yes"; "[ find ]" gives null (every item). */
    static String find(CommandContext command) {
        if (command.argument().isEmpty() && command.whereClause() == null) {
            return null;
        }
        if (command.argument().size() == 1 && command.argument(0) instanceof NamedArgumentContext named
                && named.value() != null) {
            return named.name().getText() + "=" + value(named.value());
        }
        return command.getText();
    }
}
