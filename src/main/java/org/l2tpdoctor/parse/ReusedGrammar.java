package org.l2tpdoctor.parse;

import java.util.function.Function;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * One lexer and parser of a grammar, reused for every record: made on first use, so a paste
 * without an export or a log never loads those grammars (a cold grammar costs start-up
 * milliseconds). SLL prediction, the fast mode: the corpus tests hold every grammar to it.
 * Give the factories as lambdas, not constructor references ({@code PrintLexer::new}): a reference
 * links the grammar's classes as soon as the extractor is made, about 80 classes that a paste
 * without that grammar never needs.
 */
final class ReusedGrammar<P extends Parser> {
    private final Function<CharStream, Lexer> newLexer;
    private final Function<TokenStream, P> newParser;
    private final LineErrors errors = new LineErrors();
    private Lexer lexer;
    private CommonTokenStream tokens;
    private P parser;

    ReusedGrammar(Function<CharStream, Lexer> newLexer, Function<TokenStream, P> newParser) {
        this.newLexer = newLexer;
        this.newParser = newParser;
    }

    /** The parser, reset onto {@code text}, with this record's errors cleared. */
    P on(String text) {
        if (parser == null) {
            lexer = newLexer.apply(CharStreams.fromString(""));
            tokens = new CommonTokenStream(lexer);
            parser = newParser.apply(tokens);
            lexer.removeErrorListeners();
            lexer.addErrorListener(errors);
            parser.removeErrorListeners();
            parser.addErrorListener(errors);
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        }
        errors.reset();
        lexer.setInputStream(CharStreams.fromString(text));
        tokens.setTokenSource(lexer);
        parser.setTokenStream(tokens);
        return parser;
    }

    /** The first syntax error of the record last parsed, if any. */
    LineErrors errors() {
        return errors;
    }
}
