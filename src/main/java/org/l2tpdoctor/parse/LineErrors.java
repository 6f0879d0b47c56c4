package org.l2tpdoctor.parse;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/** Keeps the first syntax error of one record (column and message), for the warning. */
final class LineErrors extends BaseErrorListener {
    private int column = -1;
    private String message;

    void reset() {
        column = -1;
        message = null;
    }

    boolean any() {
        return column >= 0;
    }

    /** 1-based column. */
    int column() {
        return column + 1;
    }

    String message() {
        return message;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        if (column < 0) {
            column = Math.max(0, charPositionInLine);
            message = msg;
        }
    }
}
