package org.l2tpdoctor.parse;

/** RouterOS string quoting: strips the quotes and undoes the console's escapes. */
final class Quoting {
    private Quoting() {
    }

    static String unquote(String text) {
        if (text.length() < 2 || text.charAt(0) != '"') {
            return text;
        }
        int end = text.endsWith("\"") && text.length() >= 2 ? text.length() - 1 : text.length();
        StringBuilder out = new StringBuilder(end);
        for (int i = 1; i < end; i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= end) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '_' -> out.append(' ');
                case '"', '\\', '$', '?' -> out.append(next);
                default -> {
                    if (i + 1 < end && isHex(next) && isHex(text.charAt(i + 1))) {
                        out.append((char) Integer.parseInt(text.substring(i, i + 2), 16));
                        i++;
                    } else {
                        out.append(next);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Number of unescaped double quotes in a line: odd means a string continues on the next line. */
    static int quoteCount(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                count++;
            }
        }
        return count;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
