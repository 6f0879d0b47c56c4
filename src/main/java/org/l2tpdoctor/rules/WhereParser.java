package org.l2tpdoctor.rules;

import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.l2tpdoctor.parse.ScriptLexer;
import org.l2tpdoctor.parse.ScriptParser;
import org.l2tpdoctor.parse.ScriptText;

/**
 * Reads rule selections, conditions and commands with the project's RouterOS script grammar, so
 * a rule speaks the same {@code print where} language an admin types.
 */
public final class WhereParser {
    private WhereParser() {
    }

    public static Query query(String text) throws RuleSyntaxError {
        try {
            return parseQuery(text);
        } catch (IllegalArgumentException e) {
            throw new RuleSyntaxError(e.getMessage());
        }
    }

    private static Query parseQuery(String text) {
        ScriptParser parser = parser(text);
        ScriptParser.QueryContext ctx = parser.query();
        String menu = ScriptText.menu(ctx.menuPath());
        Optional<Expression> where = ctx.whereClause() == null ? Optional.empty()
                : Optional.of(build(ctx.whereClause().expression()));
        return new Query(menu, where, text.strip());
    }

    public static Expression condition(String text) throws RuleSyntaxError {
        try {
            return build(parser(text).condition().expression());
        } catch (IllegalArgumentException e) {
            throw new RuleSyntaxError(e.getMessage());
        }
    }

    /** Checks that a fix or verify line is a well-formed RouterOS command; throws with the column if not. */
    public static void command(String text) throws RuleSyntaxError {
        try {
            parser(text).commandLine();
        } catch (IllegalArgumentException e) {
            throw new RuleSyntaxError(e.getMessage());
        }
    }

    private static ScriptParser parser(String text) {
        ScriptLexer lexer = new ScriptLexer(CharStreams.fromString(text));
        ScriptParser parser = new ScriptParser(new CommonTokenStream(lexer));
        ThrowingListener listener = new ThrowingListener(text);
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        return parser;
    }

    private static Expression build(ScriptParser.ExpressionContext e) {
        if (e instanceof ScriptParser.GroupExpressionContext g) {
            return build(g.expression());
        }
        if (e instanceof ScriptParser.NotExpressionContext n) {
            return new Expression.Not(build(n.expression()));
        }
        if (e instanceof ScriptParser.AndExpressionContext a) {
            return new Expression.And(build(a.expression(0)), build(a.expression(1)));
        }
        if (e instanceof ScriptParser.OrExpressionContext o) {
            return new Expression.Or(build(o.expression(0)), build(o.expression(1)));
        }
        if (e instanceof ScriptParser.ComparisonContext c) {
            return new Expression.Comparison(c.name().getText(), c.operator().getText(),
                    c.value() == null ? "" : ScriptText.value(c.value()));
        }
        return new Expression.Presence(((ScriptParser.PresenceContext) e).name().getText());
    }

    /** Syntax errors in rules are fatal for that rule: its author must fix it. */
    private static final class ThrowingListener extends BaseErrorListener {
        private final String text;

        ThrowingListener(String text) {
            this.text = text;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int column, String msg,
                                RecognitionException e) {
            throw new IllegalArgumentException("column " + (column + 1) + ": " + msg + " in '" + text + "'");
        }
    }
}
