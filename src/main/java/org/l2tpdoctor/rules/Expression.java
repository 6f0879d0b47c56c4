package org.l2tpdoctor.rules;

/** A RouterOS {@code where} expression, as rules write them: {@code level!=unique and !disabled}. */
public sealed interface Expression {

    record And(Expression left, Expression right) implements Expression {
    }

    record Or(Expression left, Expression right) implements Expression {
    }

    record Not(Expression operand) implements Expression {
    }

    /** {@code name op value}; op is one of = != ~ < > <= >= in. */
    record Comparison(String name, String op, String value) implements Expression {
    }

    /** A bare name: a flag ({@code dynamic}), a yes-property ({@code template}), or a selection name. */
    record Presence(String name) implements Expression {
    }
}
