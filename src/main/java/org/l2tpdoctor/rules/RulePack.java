package org.l2tpdoctor.rules;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in rules, already parsed, in a compact binary form made at build time from
 * {@code rules/*.yaml} (see {@link RulePackBuilder}). Reading it takes a few milliseconds where
 * a cold YAML parser and grammar take over a hundred: that is most of a small paste's start-up.
 * The YAML files stay the source; a pack is only ever derived from them.
 */
public final class RulePack {
    /** Where the build puts the pack on the classpath. */
    public static final String RESOURCE = "rules.pack";
    private static final String MAGIC = "l2tpdoctor-rule-pack";
    /** Bump when the layout changes; a pack of another version is ignored, not misread. */
    private static final int VERSION = 3;

    private static final byte AND = 1;
    private static final byte OR = 2;
    private static final byte NOT = 3;
    private static final byte COMPARISON = 4;
    private static final byte PRESENCE = 5;

    private RulePack() {
    }

    public static void write(List<Rule> rules, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(target);
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(rules.size());
        for (Rule r : rules) {
            text(out, r.id());
            text(out, r.title());
            text(out, r.level().name());
            texts(out, r.symptoms());
            out.writeInt(r.selections().size());
            for (Map.Entry<String, Query> s : r.selections().entrySet()) {
                text(out, s.getKey());
                text(out, s.getValue().menu());
                text(out, s.getValue().text());
                out.writeBoolean(s.getValue().where().isPresent());
                if (s.getValue().where().isPresent()) {
                    expression(out, s.getValue().where().get());
                }
            }
            expression(out, r.condition());
            texts(out, r.requires());
            text(out, r.why());
            out.writeInt(r.fix().size());
            for (Map.Entry<String, String> f : r.fix().entrySet()) {
                text(out, f.getKey());
                text(out, f.getValue());
            }
            texts(out, r.verify());
            texts(out, r.client());
            texts(out, r.references());
            texts(out, r.firesOn());
            texts(out, r.silentOn());
            text(out, r.file());
            out.writeInt(r.severity().size());
            for (Severity step : r.severity()) {
                text(out, step.level().name());
                out.writeBoolean(step.when().isPresent());
                if (step.when().isPresent()) {
                    expression(out, step.when().get());
                }
                text(out, step.because());
            }
            out.writeBoolean(r.blocking());
        }
        out.flush();
    }

    /** The rules in a pack; empty when the pack was written by another version of l2tpdoctor. */
    public static Optional<List<Rule>> read(InputStream source) throws IOException {
        // one read, then plain array access: a stream's per-byte calls are slow while the JVM is cold
        ByteBuffer in = ByteBuffer.wrap(source.readAllBytes());
        try {
            return read(in);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("rule pack is damaged: " + e);
        }
    }

    private static Optional<List<Rule>> read(ByteBuffer in) throws IOException {
        byte[] magic = MAGIC.getBytes(StandardCharsets.UTF_8);
        if (in.remaining() < 2 + magic.length + 4 || in.getShort() != magic.length
                || !Arrays.equals(bytes(in, magic.length), magic) || in.getInt() != VERSION) {
            return Optional.empty();
        }
        int count = in.getInt();
        List<Rule> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = text(in);
            String title = text(in);
            Level level = Level.valueOf(text(in));
            List<String> symptoms = texts(in);
            int selectionCount = in.getInt();
            Map<String, Query> selections = new LinkedHashMap<>();
            for (int s = 0; s < selectionCount; s++) {
                String name = text(in);
                String menu = text(in);
                String queryText = text(in);
                Optional<Expression> where = in.get() != 0 ? Optional.of(expression(in)) : Optional.empty();
                selections.put(name, new Query(menu, where, queryText));
            }
            Expression condition = expression(in);
            List<String> requires = texts(in);
            String why = text(in);
            int fixCount = in.getInt();
            Map<String, String> fix = new LinkedHashMap<>();
            for (int f = 0; f < fixCount; f++) {
                fix.put(text(in), text(in));
            }
            List<String> verify = texts(in);
            List<String> client = texts(in);
            List<String> references = texts(in);
            List<String> firesOn = texts(in);
            List<String> silentOn = texts(in);
            String file = text(in);
            int steps = in.getInt();
            List<Severity> severity = new ArrayList<>(steps);
            for (int st = 0; st < steps; st++) {
                Level stepLevel = Level.valueOf(text(in));
                Optional<Expression> when = in.get() != 0 ? Optional.of(expression(in)) : Optional.empty();
                severity.add(new Severity(stepLevel, when, text(in)));
            }
            boolean blocking = in.get() != 0;
            rules.add(new Rule(id, title, level, symptoms, selections, condition, requires, why, fix,
                    verify, client, references, firesOn, silentOn, file, List.copyOf(severity), blocking));
        }
        return Optional.of(List.copyOf(rules));
    }

    private static void expression(DataOutputStream out, Expression e) throws IOException {
        if (e instanceof Expression.And a) {
            out.writeByte(AND);
            expression(out, a.left());
            expression(out, a.right());
        } else if (e instanceof Expression.Or o) {
            out.writeByte(OR);
            expression(out, o.left());
            expression(out, o.right());
        } else if (e instanceof Expression.Not n) {
            out.writeByte(NOT);
            expression(out, n.operand());
        } else if (e instanceof Expression.Comparison c) {
            out.writeByte(COMPARISON);
            text(out, c.name());
            text(out, c.op());
            text(out, c.value());
        } else {
            out.writeByte(PRESENCE);
            text(out, ((Expression.Presence) e).name());
        }
    }

    private static Expression expression(ByteBuffer in) throws IOException {
        byte tag = in.get();
        return switch (tag) {
            case AND -> new Expression.And(expression(in), expression(in));
            case OR -> new Expression.Or(expression(in), expression(in));
            case NOT -> new Expression.Not(expression(in));
            case COMPARISON -> new Expression.Comparison(text(in), text(in), text(in));
            case PRESENCE -> new Expression.Presence(text(in));
            default -> throw new IOException("rule pack is damaged: unknown expression tag " + tag);
        };
    }

    private static void texts(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            text(out, v);
        }
    }

    private static List<String> texts(ByteBuffer in) {
        int n = in.getInt();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(text(in));
        }
        return List.copyOf(values);
    }

    /** Length-prefixed UTF-8: writeUTF would cap a rule's text at 64 KiB. */
    private static void text(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(ByteBuffer in) {
        int length = in.getInt();
        String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    private static byte[] bytes(ByteBuffer in, int length) {
        byte[] b = new byte[length];
        in.get(b);
        return b;
    }
}
