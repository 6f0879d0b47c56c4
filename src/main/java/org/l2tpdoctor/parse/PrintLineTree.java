package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Reads a {@link PrintLine} off the grammar's parse tree of one line. */
final class PrintLineTree {
    private PrintLineTree() {
    }

    /** {@code text} is the line that was parsed: a value cut at the console's edge is judged against it. */
    static PrintLine of(PrintParser.LineContext ctx, String text) {
        if (ctx.flagsLegend() != null) {
            return new PrintLine.Legend(true, entries(ctx.flagsLegend().legendEntry(), new ArrayList<>()));
        }
        if (ctx.legendContinuation() != null) {
            List<String> entries = new ArrayList<>();
            entries.add(ctx.legendContinuation().LINE_LEGEND_ENTRY().getText());
            return new PrintLine.Legend(false, entries(ctx.legendContinuation().legendEntry(), entries));
        }
        if (ctx.columnsHeader() != null) {
            return new PrintLine.Columns();
        }
        if (ctx.tableHeader() != null) {
            List<TableLayout.Column> columns = new ArrayList<>();
            for (TerminalNode name : ctx.tableHeader().HEADER_NAME()) {
                columns.add(new TableLayout.Column(name.getText().toLowerCase(Locale.ROOT),
                        name.getSymbol().getCharPositionInLine()));
            }
            return new PrintLine.Header(columns);
        }
        if (ctx.commentLine() != null) {
            return new PrintLine.Comment(textOf(ctx.commentLine().COMMENT_TEXT()));
        }
        if (ctx.itemLine() != null) {
            PrintParser.ItemLineContext item = ctx.itemLine();
            List<PrintField> fields = new ArrayList<>();
            item.field().forEach(f -> fields.add(field(f, text)));
            return new PrintLine.Item(item.ITEM_NUMBER().getText(), fields, comment(item.itemComment()));
        }
        if (ctx.continuationLine() != null) {
            PrintParser.ContinuationLineContext more = ctx.continuationLine();
            List<PrintField> fields = new ArrayList<>();
            fields.add(first(more.firstField(), text));
            more.field().forEach(f -> fields.add(field(f, text)));
            return new PrintLine.Continuation(fields, comment(more.itemComment()));
        }
        if (ctx.settingLine() != null) {
            String key = ctx.settingLine().SETTING_KEY().getText();
            TerminalNode value = ctx.settingLine().SETTING_VALUE();
            return new PrintLine.Setting(key.substring(0, key.length() - 1), value == null ? "" : value.getText().strip());
        }
        return new PrintLine.Blank(); // an empty line, or the pager's prompt: no data either way
    }

    private static List<String> entries(List<PrintParser.LegendEntryContext> entries, List<String> into) {
        for (PrintParser.LegendEntryContext entry : entries) {
            if (entry.LEGEND_ENTRY() != null) {
                into.add(entry.LEGEND_ENTRY().getText());
            }
        }
        return into;
    }

    private static String comment(PrintParser.ItemCommentContext comment) {
        return comment == null ? null : textOf(comment.COMMENT_TEXT());
    }

    private static PrintField first(PrintParser.FirstFieldContext ctx, String text) {
        if (ctx instanceof PrintParser.FirstPropertyContext p) {
            return property(p.LINE_KEY().getSymbol(), p.value(), text);
        }
        return word(ctx.getStart());
    }

    private static PrintField field(PrintParser.FieldContext ctx, String text) {
        if (ctx instanceof PrintParser.PropertyContext p) {
            return property(p.ITEM_KEY().getSymbol(), p.value(), text);
        }
        return word(ctx.getStart());
    }

    private static PrintField word(Token t) {
        return PrintField.word(Quoting.unquote(t.getText()), t.getCharPositionInLine(),
                t.getCharPositionInLine() + t.getText().length());
    }

    private static PrintField property(Token key, PrintParser.ValueContext value, String text) {
        String name = key.getText().substring(0, key.getText().length() - 1);
        if (value == null) {
            return PrintField.property(name, "", key.getCharPositionInLine(), key.getStopIndex() + 1, false);
        }
        Token v = value.getStart();
        return PrintField.valued(name, key.getCharPositionInLine(), v.getText(), v.getType() == PrintLexer.VALUE_BARE,
                v.getStopIndex() + 1, text);
    }

    /** A comment's text; hex-encoded non-ASCII is decoded ("C3EEF0E5EBEEE2E0" is "Горелова"). */
    private static String textOf(TerminalNode node) {
        String text = node == null ? "" : node.getText().strip();
        return HexComment.decode(text).orElse(text);
    }
}
