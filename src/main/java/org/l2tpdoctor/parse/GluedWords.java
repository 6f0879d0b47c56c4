package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts back the spaces (and the line breaks before a menu path) that a web copy lost between words
 * of an export or a settings print: {@code /interfacebridgeaddadmin-mac=...arp=proxy-arpauto-mac=no},
 * {@code max-mtu:1400max-mru:1400}. A glued run is split only into the words RouterOS itself writes
 * there ({@link RouterOsKeys}: a catalogued menu's path, a verb, that menu's keys), and only where the
 * split is the one reading: a menu path is split when exactly one catalogued menu, verb and key make
 * it; a value glued to the next key is cut before the longest key of the menu that ends the run when
 * no shorter key could end it instead; a verb between them is split off when the value cannot end
 * there (a letter case or digit changes) or the key would otherwise be set twice in one command.
 * Values are never changed: only spaces and line breaks are inserted. A correctly spaced paste has no
 * glued key and passes unchanged.
 */
final class GluedWords {
    /** One place a word was separated: line and column (from 1) in the text given, and the word (a dictionary word, never a value). */
    record Place(int line, int column, String word) {
    }

    record Result(String text, List<Place> places) {
    }

    /**
     * Far longer than any menu path with its verb and key; and than any value glued to what follows.
     * Looks along a line stop there, so a hostile line of a megabyte without white space costs linear time.
     */
    private static final int LONGEST_PATH = 128;
    private static final int LONGEST_VALUE = 512;
    /** Longer than any key with a glued verb or value word before it. */
    private static final int LONGEST_WORD = 64;

    private GluedWords() {
    }

    static Result repair(String text) {
        List<String> lines = InputText.lines(text);
        State state = new State();
        List<Place> places = new ArrayList<>();
        StringBuilder out = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            TreeMap<Integer, String> inserts = new TreeMap<>();
            List<Place> here = new ArrayList<>();
            state.line(line, i + 1 < lines.size() ? lines.get(i + 1) : "", inserts, here, i + 1);
            LogWords.line(line, inserts, here, i + 1);
            if (!inserts.isEmpty() && out == null) {
                out = new StringBuilder(text.length() + 256);
                for (int j = 0; j < i; j++) {
                    out.append(lines.get(j)).append('\n');
                }
            }
            if (out != null) {
                int last = 0;
                for (var e : inserts.entrySet()) {
                    out.append(line, last, e.getKey()).append(e.getValue());
                    last = e.getKey();
                }
                out.append(line.substring(last)).append('\n');
            }
            places.addAll(here);
        }
        return out == null ? new Result(text, List.of()) : new Result(out.toString(), List.copyOf(places));
    }

    /** What carries from line to line: the menu of the export command or print being read. */
    private static final class State {
        String menu;
        /** The keys the current command has set so far (a key set twice means a new command began). */
        final Set<String> keysSeen = new HashSet<>();
        /** A settings menu whose print output is being read. */
        String settings;
        boolean continues;
        /** This line continues the command of the line before it (that line ended in a backslash). */
        boolean continuation;
        /** The line before ended in "key=\\": this line starts with that key's value. */
        boolean valueOpen;

        void line(String line, String next, TreeMap<Integer, String> inserts, List<Place> places, int lineNo) {
            boolean[] quoted = quotedAt(line);
            String first = line.stripLeading();
            if (first.isEmpty() || first.startsWith("[") || first.startsWith("#")) {
                settings = first.startsWith("[") ? settings : null;
                menu = null;
                continues = false;
                if (first.isEmpty()) {
                    return;
                }
            }
            continuation = continues && !line.isEmpty() && Character.isWhitespace(line.charAt(0));
            if (!continuation && !first.startsWith("/") && !startsWithVerb(first) && settings == null) {
                menu = null;
            }
            int from = 0;
            for (int p : pathStarts(line, quoted)) {
                if (p >= 0 && p < from) {
                    continue;
                }
                slots(line, quoted, from, Math.max(p, 0), inserts, places, lineNo);
                from = path(line, p, p > 0 && !Character.isWhitespace(line.charAt(p - 1)) && line.charAt(p - 1) != '>',
                        inserts, places, lineNo);
            }
            slots(line, quoted, from, line.length(), inserts, places, lineNo);
            String end = line.stripTrailing();
            continues = end.endsWith("\\");
            if (continues && menu != null && end.length() > 1 && isValueChar(end.charAt(end.length() - 2))) {
                // "dst-port=4500\" before "protocol=udp": the space before the continuation was lost
                String word = next.strip();
                int eq = word.indexOf('=');
                if (eq > 0 && RouterOsKeys.keys(menu).contains(word.substring(0, eq))) {
                    insert(inserts, end.length() - 1, " ");
                    places.add(new Place(lineNo, end.length(), word.substring(0, eq)));
                }
            }
            valueOpen = continues && end.length() > 1 && end.charAt(end.length() - 2) == '=';
        }

        private void slots(String line, boolean[] quoted, int from, int to, TreeMap<Integer, String> inserts,
                           List<Place> places, int lineNo) {
            if (from >= to) {
                return;
            }
            if (settings != null) {
                settingsLine(line, from, to, inserts, places, lineNo);
            } else if (menu != null) {
                continuations(line, quoted, from, to, inserts, places, lineNo);
                keySlots(line, quoted, from, to, inserts, places, lineNo);
            }
        }

        /**
         * An export's continuation mark left in mid-line ({@code comment=\"defconf: ..."}): outside
         * quotes RouterOS writes a backslash only at a line's end, so the line break after it is put back.
         */
        private void continuations(String line, boolean[] quoted, int from, int to, TreeMap<Integer, String> inserts,
                                   List<Place> places, int lineNo) {
            for (int i = indexOf(line, '\\', from, to); i >= 0 && i + 1 < to; i = indexOf(line, '\\', i + 1, to)) {
                if (!quoted[i] && !Character.isWhitespace(line.charAt(i + 1))) {
                    insert(inserts, i + 1, "\n    ");
                    places.add(new Place(lineNo, i + 2, "line break after \\"));
                }
            }
        }

        /**
         * Where menu paths start in the line: at its start, after white space or a prompt, glued to a
         * value or to a comment line's text (a top-level menu word must follow then); -1 for a v7
         * path written without its leading slash at the line's start.
         */
        private static List<Integer> pathStarts(String line, boolean[] quoted) {
            List<Integer> starts = new ArrayList<>();
            if (!line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
                int slash = line.indexOf('/');
                if (slash > 0 && RouterOsKeys.TOP_LEVEL.contains(line.substring(0, slash))) {
                    starts.add(-1);
                }
            }
            boolean comment = line.startsWith("#");
            for (int p = line.indexOf('/'); p >= 0; p = line.indexOf('/', p + 1)) {
                if (quoted[p]) {
                    continue;
                }
                boolean spaced = p == 0 || Character.isWhitespace(line.charAt(p - 1)) || line.charAt(p - 1) == '>';
                if (spaced ? !comment : topLevelAt(line, p + 1) && (comment || inValue(line, quoted, p))) {
                    starts.add(p);
                }
            }
            return starts;
        }

        /** Reads the menu path whose slash is at {@code p} (-1: none); returns where it ends. */
        private int path(String line, int p, boolean inValue, TreeMap<Integer, String> inserts, List<Place> places,
                         int lineNo) {
            int from = p + 1;
            int end = from;
            int limit = Math.min(line.length(), from + LONGEST_PATH);
            while (end < limit && (isWordChar(line.charAt(end)) || line.charAt(end) == ' ' || line.charAt(end) == '/')) {
                end++;
            }
            Parse found = null;
            int count = 0;
            for (List<String> words : RouterOsKeys.menus()) {
                Parse parse = Parse.of(line, from, end, words);
                if (parse != null) {
                    count++;
                    found = found == null ? parse : found;
                }
            }
            if (inValue) {
                insert(inserts, p, "\n");
                places.add(new Place(lineNo, p + 1, found == null ? "/" + topLevelWord(line, from) : found.menu));
            }
            keysSeen.clear();
            if (found == null || count > 1) {
                menu = null;
                settings = null;
                return end;
            }
            menu = found.menu;
            settings = null;
            for (int gap : found.gaps) {
                // an export writes the path on a line of its own, its commands below it
                boolean command = gap == found.verbStart && RouterOsKeys.COMMAND_VERBS.contains(found.verb);
                insert(inserts, gap, command ? "\n" : " ");
            }
            if (!found.gaps.isEmpty()) {
                places.add(new Place(lineNo, found.gaps.get(0) + 1, found.menu + (found.verb == null ? "" : " " + found.verb)
                        + (found.key == null ? "" : " " + found.key)));
            }
            if (found.key != null) {
                keysSeen.add(found.key);
            }
            if ("print".equals(found.verb) && (found.key != null && found.keyEnd < line.length() && line.charAt(found.keyEnd) == ':'
                    || isSettingsMenu(found.menu))) {
                settings = found.menu;
                if (found.key != null) {
                    // the output glued to its command: it starts on a line of its own
                    insert(inserts, found.keyStart, "\n");
                    return found.keyStart;
                }
            }
            return found.keyStart >= 0 ? found.keyStart : found.verbEnd >= 0 ? found.verbEnd : end;
        }

        /** Keys glued to the word or value before them ({@code key=}). */
        private void keySlots(String line, boolean[] quoted, int from, int to, TreeMap<Integer, String> inserts,
                              List<Place> places, int lineNo) {
            Set<String> keys = RouterOsKeys.keys(menu);
            for (int e = indexOf(line, '=', from, to); e >= 0; e = indexOf(line, '=', e + 1, to)) {
                if (quoted[e]) {
                    continue;
                }
                int s = e;
                while (s > from && s > e - LONGEST_WORD && isKeyChar(line.charAt(s - 1))) {
                    s--;
                }
                if (s == e) {
                    continue;
                }
                String word = line.substring(s, e);
                char before = s == 0 ? ' ' : line.charAt(s - 1);
                boolean openValue = continuation && valueOpen && s == firstNonBlank(line) && !keys.contains(word);
                if (!openValue && (s == from || Character.isWhitespace(before) || before == '[' || before == '"' || idBefore(line, s))) {
                    wordStart(line, s, e, word, before, keys, inserts, places, lineNo);
                    continue;
                }
                int eq = lastEquals(line, quoted, s);
                if (eq < 0 && continuation && valueOpen && line.substring(0, s).indexOf(' ', firstNonBlank(line)) < 0) {
                    eq = firstNonBlank(line) - 1; // the value began on the line before ("connection-state=\")
                }
                if (eq < 0) {
                    continue;
                }
                int k = gluedKey(line, s, e, eq + 1, keys);
                if (k < 0) {
                    continue;
                }
                String key = line.substring(k, e);
                String verb = verbEnding(line, eq + 1, k, key);
                if (verb != null) {
                    // a new command: the export had it on a line of its own
                    insert(inserts, k - verb.length(), "\n");
                    insert(inserts, k, " ");
                    places.add(new Place(lineNo, k - verb.length() + 1, verb));
                    keysSeen.clear();
                } else {
                    insert(inserts, k, " ");
                }
                places.add(new Place(lineNo, k + 1, key));
                keysSeen.add(key);
            }
        }

        /** A key at a word's start, or a verb (or {@code [find}) glued to it. */
        private void wordStart(String line, int s, int e, String word, char before, Set<String> keys,
                               TreeMap<Integer, String> inserts, List<Place> places, int lineNo) {
            boolean spaceBefore = s > 0 && (before == '"' || before == '\\' || idBefore(line, s));
            if (keys.contains(word)) {
                if (spaceBefore) {
                    // after a continuation left in mid-line the line break itself is put back
                    insert(inserts, s, before == '\\' ? "\n    " : " ");
                    places.add(new Place(lineNo, s + 1, word));
                }
                keysSeen.add(word);
                return;
            }
            List<String> verbs = before == '[' ? List.of("find") : RouterOsKeys.COMMAND_VERBS;
            for (String verb : verbs) {
                String rest = word.startsWith(verb) ? word.substring(verb.length()) : "";
                if (!rest.isEmpty() && keys.contains(rest)) {
                    if (spaceBefore) {
                        insert(inserts, s, " ");
                    }
                    insert(inserts, s + verb.length(), " ");
                    places.add(new Place(lineNo, s + verb.length() + 1, verb + " " + rest));
                    if (!verb.equals("find")) {
                        keysSeen.clear();
                    }
                    keysSeen.add(rest);
                    return;
                }
            }
        }

        /**
         * Where the key glued to a value starts: the longest key of the menu that ends the run and
         * leaves the value something; -1 when none, or when a shorter key could end it too and what
         * it would leave as the value does not end in a hyphen (two readings).
         */
        private static int gluedKey(String line, int s, int e, int valueStart, Set<String> keys) {
            int found = -1;
            for (int k = Math.max(s, valueStart + 1); k < e; k++) {
                if (keys.contains(line.substring(k, e))) {
                    if (found < 0) {
                        found = k;
                    } else if (line.charAt(k - 1) != '-') {
                        return -1;
                    }
                }
            }
            return found;
        }

        /** A verb the value ends with that is really the next command's: see the class comment. */
        private String verbEnding(String line, int valueStart, int k, String key) {
            for (String verb : RouterOsKeys.COMMAND_VERBS) {
                int at = k - verb.length();
                if (at > valueStart && line.startsWith(verb, at)) {
                    char c = line.charAt(at - 1);
                    if (!Character.isLowerCase(c) || keysSeen.contains(key)) {
                        return verb;
                    }
                }
            }
            return null;
        }

        /** A settings print's line: {@code key: value}, keys glued to values or to each other. */
        private void settingsLine(String line, int from, int to, TreeMap<Integer, String> inserts, List<Place> places,
                                  int lineNo) {
            Set<String> keys = RouterOsKeys.keys(settings);
            for (int c = indexOf(line, ':', from, to); c >= 0; c = indexOf(line, ':', c + 1, to)) {
                int s = c;
                while (s > from && s > c - LONGEST_WORD && isKeyChar(line.charAt(s - 1))) {
                    s--;
                }
                if (s == c) {
                    continue;
                }
                boolean atStart = s == from || Character.isWhitespace(line.charAt(s - 1));
                int k;
                if (atStart) {
                    k = keys.contains(line.substring(s, c)) ? s : -1;
                } else if (keys.contains(line.substring(s, c)) && !isValueChar(line.charAt(s - 1))) {
                    k = s; // after an empty value's colon, or a marker such as <redacted>
                } else {
                    k = gluedKey(line, s, c, s - 1, keys);
                    k = k < 0 && s > from ? -1 : k;
                }
                if (k < 0) {
                    continue;
                }
                if (!atStart && k > from) {
                    insert(inserts, k, "\n");
                    places.add(new Place(lineNo, k + 1, line.substring(k, c)));
                }
                if (c + 1 < line.length() && !Character.isWhitespace(line.charAt(c + 1))) {
                    insert(inserts, c + 1, " ");
                }
            }
        }

        private boolean isSettingsMenu(String path) {
            org.l2tpdoctor.model.Menu m = org.l2tpdoctor.model.Menus.byPath(path);
            return m != null && m.kind() == org.l2tpdoctor.model.Menu.Kind.SETTINGS;
        }
    }

    /**
     * A log whose spaces were lost with its line breaks: a clock stamp glued to its topics
     * ("14:08:11ipsec,debug"), topics glued to the message ("ipsecIPsec-SA established"), and, on
     * such a line only, the heads of the IPsec messages a client's story is read from glued to the
     * address after them ("ISAKMP-SA established<10.0.0.2>[500]"). Topics are the log grammar's
     * topic names, the longest that fits; a correctly spaced log has a space after every stamp.
     */
    private static final class LogWords {
        static final String[] HEADS = {"ISAKMP-SA established", "ISAKMP-SA deleted", "purging ISAKMP-SA",
            "purged ISAKMP-SA", "IPsec-SA established:", "ESP/Transport", "ESP/Tunnel"};

        static void line(String line, TreeMap<Integer, String> inserts, List<Place> places, int lineNo) {
            boolean found = false;
            for (int c = line.indexOf(':'); c >= 2 && c + 6 < line.length(); c = line.indexOf(':', c + 1)) {
                int i = c - 2;
                if (!stampAt(line, i) || !Character.isLowerCase(line.charAt(i + 8))) {
                    continue;
                }
                int r = topics(line, i + 8);
                if (r < 0) {
                    continue;
                }
                insert(inserts, i + 8, " ");
                if (r < line.length() && !Character.isWhitespace(line.charAt(r))) {
                    insert(inserts, r, " ");
                }
                places.add(new Place(lineNo, i + 9, line.substring(i + 8, r)));
                found = true;
                c = i + 8;
            }
            if (!found) {
                return;
            }
            for (String head : HEADS) {
                for (int h = line.indexOf(head); h >= 0; h = line.indexOf(head, h + 1)) {
                    int end = h + head.length();
                    if (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != '.') {
                        insert(inserts, end, " ");
                        places.add(new Place(lineNo, end + 1, head));
                    }
                }
            }
        }

        private static boolean stampAt(String line, int i) {
            return i >= 0 && i + 8 <= line.length() && Character.isDigit(line.charAt(i)) && Character.isDigit(line.charAt(i + 1))
                    && line.charAt(i + 2) == ':' && Character.isDigit(line.charAt(i + 3)) && Character.isDigit(line.charAt(i + 4))
                    && line.charAt(i + 5) == ':' && Character.isDigit(line.charAt(i + 6)) && Character.isDigit(line.charAt(i + 7));
        }

        /** Where the topic list starting at {@code at} ends (each word the longest topic name that fits), or -1. */
        private static int topics(String line, int at) {
            int pos = at;
            while (true) {
                int best = -1;
                for (String t : LogExtractor.topicNames()) {
                    if (t.length() > best && line.startsWith(t, pos)) {
                        best = t.length();
                    }
                }
                if (best < 0) {
                    return pos == at ? -1 : pos - 1;
                }
                pos += best;
                if (pos < line.length() && line.charAt(pos) == ',') {
                    pos++;
                    if (pos < line.length() && line.charAt(pos) == '!') {
                        pos++;
                    }
                    continue;
                }
                return pos;
            }
        }
    }

    /** One way of reading a glued path: the menu, its verb and the key after it, and where spaces go. */
    private record Parse(String menu, String verb, String key, int keyStart, int keyEnd, List<Integer> gaps, int verbEnd,
                         int verbStart) {
        Parse(String menu, String verb, String key, int keyStart, int keyEnd, List<Integer> gaps) {
            this(menu, verb, key, keyStart, keyEnd, gaps, -1, -1);
        }

        Parse(String menu, String verb, String key, int keyStart, int keyEnd, List<Integer> gaps, int verbEnd) {
            this(menu, verb, key, keyStart, keyEnd, gaps, verbEnd, -1);
        }

        Parse at(int verbStart) {
            return new Parse(menu, verb, key, keyStart, keyEnd, gaps, verbEnd, verbStart);
        }

        static Parse of(String line, int from, int end, List<String> words) {
            List<Integer> gaps = new ArrayList<>();
            int pos = from;
            for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                    if (pos < end && (line.charAt(pos) == ' ' || line.charAt(pos) == '/')) {
                        pos++;
                    } else {
                        gaps.add(pos);
                    }
                }
                if (!line.startsWith(words.get(i), pos) || pos + words.get(i).length() > end) {
                    return null;
                }
                pos += words.get(i).length();
            }
            String menu = "/" + String.join(" ", words);
            if (pos >= end || line.charAt(pos) == ' ' && line.substring(pos, end).isBlank()) {
                return gaps.isEmpty() || pos >= line.length() || !isWordChar(line.charAt(pos)) ? new Parse(menu, null, null, -1, -1, gaps) : null;
            }
            if (line.charAt(pos) == ' ' || line.charAt(pos) == '/') {
                pos++;
            } else {
                gaps.add(pos);
            }
            for (String verb : RouterOsKeys.VERBS) {
                if (!line.startsWith(verb, pos)) {
                    continue;
                }
                int q = pos + verb.length();
                if (q >= end) {
                    if (q < line.length() && (line.charAt(q) == '*' || line.charAt(q) == '[')) {
                        List<Integer> spaced = new ArrayList<>(gaps);
                        spaced.add(q); // "set*FFFFFFFE", "set[find"
                        return new Parse(menu, verb, null, -1, -1, spaced).at(pos);
                    }
                    boolean ends = q >= line.length() || !isWordChar(line.charAt(q));
                    return ends ? new Parse(menu, verb, null, -1, -1, gaps).at(pos) : null;
                }
                if (line.charAt(q) == ' ' || line.charAt(q) == '/') {
                    return new Parse(menu, verb, null, -1, -1, gaps, q).at(pos);
                }
                String rest = line.substring(q, end);
                char after = end < line.length() ? line.charAt(end) : ' ';
                if ((after == '=' || after == ':' && verb.equals("print")) && RouterOsKeys.keys(menu).contains(rest)) {
                    List<Integer> withKey = new ArrayList<>(gaps);
                    withKey.add(q);
                    return new Parse(menu, verb, rest, q, end, withKey).at(pos);
                }
                return null;
            }
            return null;
        }
    }

    /** Inserts text at a place; a line break already put there is kept (it holds the space's place too). */
    private static void insert(TreeMap<Integer, String> inserts, int at, String text) {
        inserts.merge(at, text, (old, added) -> old.indexOf('\n') >= 0 ? old : added);
    }

    /** Which characters are inside double quotes (a backslash escapes inside them only). */
    static boolean[] quotedAt(String line) {
        boolean[] q = new boolean[line.length()];
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (in && c == '\\' && i + 1 < line.length()) {
                q[i] = true;
                q[++i] = true;
                continue;
            }
            if (c == '"') {
                q[i] = true;
                in = !in;
                continue;
            }
            q[i] = in;
        }
        return q;
    }

    /** Whether {@code p} is inside a value: an unquoted '=' since the last white space before it. */
    private static boolean inValue(String line, boolean[] quoted, int p) {
        return lastEquals(line, quoted, p) >= 0;
    }

    /** Where {@code ch} is in {@code [from, to)}, or -1: a segment's look never runs on to the line's end. */
    private static int indexOf(String line, char ch, int from, int to) {
        for (int i = Math.max(from, 0); i < to; i++) {
            if (line.charAt(i) == ch) {
                return i;
            }
        }
        return -1;
    }

    private static int firstNonBlank(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The unquoted '=' since the last unquoted white space before {@code s}, or -1 (a value that long is no glued word). */
    private static int lastEquals(String line, boolean[] quoted, int s) {
        for (int i = s - 1; i >= Math.max(0, s - LONGEST_VALUE); i--) {
            char c = line.charAt(i);
            if (!quoted[i] && Character.isWhitespace(c)) {
                return -1;
            }
            if (!quoted[i] && c == '=') {
                return i;
            }
        }
        return -1;
    }

    /** A top-level menu word at {@code at}, followed by a space or a slash (or, for the longer ones, glued to the next). */
    private static boolean topLevelAt(String line, int at) {
        String word = topWord(line, at);
        if (RouterOsKeys.TOP_LEVEL.contains(word)) {
            return true;
        }
        for (String top : RouterOsKeys.TOP_LEVEL) {
            if (top.length() >= 6 && word.startsWith(top)) {
                return true;
            }
        }
        return false;
    }

    /** The top-level menu word at {@code at} (a longer one glued to what follows is named alone). */
    private static String topLevelWord(String line, int at) {
        String word = topWord(line, at);
        for (String top : RouterOsKeys.TOP_LEVEL) {
            if (word.startsWith(top) && (word.length() == top.length() || top.length() >= 6)) {
                return top;
            }
        }
        return word;
    }

    private static String topWord(String line, int at) {
        int end = at;
        while (end < line.length() && end < at + LONGEST_WORD && isKeyChar(line.charAt(end))) {
            end++;
        }
        return line.substring(at, end);
    }

    /** An item id ({@code *FFFFFFFE}) glued before {@code s}. */
    private static boolean idBefore(String line, int s) {
        int i = s - 1;
        while (i >= 0 && (Character.isDigit(line.charAt(i)) || line.charAt(i) >= 'A' && line.charAt(i) <= 'F')) {
            i--;
        }
        return i >= 0 && i < s - 1 && line.charAt(i) == '*' && (i == 0 || !isWordChar(line.charAt(i - 1)) || true);
    }

    private static boolean startsWithVerb(String s) {
        for (String v : RouterOsKeys.COMMAND_VERBS) {
            if (s.startsWith(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
    }

    private static boolean isWordChar(char c) {
        return isKeyChar(c);
    }

    private static boolean isValueChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
