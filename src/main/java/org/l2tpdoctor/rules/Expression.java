package org.l2tpdoctor.rules;

import java.util.Objects;

/** A RouterOS {@code where} expression, as rules write them: {@code level!=unique and !disabled}. */
public sealed interface Expression {

    record And(Expression left, Expression right) implements Expression {
    }

    record Or(Expression left, Expression right) implements Expression {
    }

    record Not(Expression operand) implements Expression {
    }

    // The leaves are keys of the rule engine's per-row answers (Selections). A record's generated
    // equals/hashCode bootstraps java.lang.runtime.ObjectMethods on first use: ~30 method-handle
    // classes spun at run time, ~20 ms of every cold start (bench/run start-up 0.272 -> 0.292 s).
    // Written out, they are the same comparisons without the bootstrap.

    /** {@code name op value}; op is one of = != ~ < > <= >= in. */
    record Comparison(String name, String op, String value) implements Expression {
        @Override
        public boolean equals(Object o) {
            return o instanceof Comparison c && Objects.equals(name, c.name) && Objects.equals(op, c.op)
                    && Objects.equals(value, c.value);
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(name) * 31 + Objects.hashCode(op)) * 31 + Objects.hashCode(value);
        }
    }

    /** A bare name: a flag ({@code dynamic}), a yes-property ({@code template}), or a selection name. */
    record Presence(String name) implements Expression {
        @Override
        public boolean equals(Object o) {
            return o instanceof Presence p && Objects.equals(name, p.name);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(name);
        }
    }
}
