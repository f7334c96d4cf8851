package com.merchantonboarding.screening;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks, before anything compiles it, that a DRL file can only match facts and produce findings: no I/O, no
 * services, no reflection, no changing or removing facts, no globals or functions. Analysts' files are data
 * to us, and Drools runs their Java or MVEL code with the application's full rights (there is no sandbox in the
 * JVM since the security manager was deprecated), so what a file may name is an allow-list.
 *
 * <p>The check reads the text without comments and string literals, token by token:
 * <ul>
 * <li>{@code import} only the fact types ({@code com.merchantonboarding.screening.facts.*}), {@code RiskLevel}
 * and {@code java.math.BigDecimal}; no {@code import static} or {@code import function};</li>
 * <li>every type named is imported or one of a few harmless {@code java.lang} types ({@code String}, the number
 * types, {@code Math}); no fully qualified name ({@code java.io.File}) anywhere;</li>
 * <li>no {@code global}, {@code function}, {@code modify}, {@code update}, {@code delete}, {@code retract},
 * {@code drools.}, {@code kcontext.} (only {@code kcontext} itself, handed to a finding), {@code getClass},
 * {@code .class}, and no unicode escapes, which Java would decode before reading the code.</li>
 * </ul>
 * It is a lexical check, not a proof: it keeps honest mistakes and obvious abuse out, and a person still
 * reviews every rule change before it is reloaded (docs/analyst-guide.md).
 */
final class RuleSafety {

    static final Set<String> ALLOWED_IMPORT_PREFIXES = Set.of("com.merchantonboarding.screening.facts.");
    static final Set<String> ALLOWED_IMPORTS = Set.of("com.merchantonboarding.screening.RiskLevel", "java.math.BigDecimal");
    static final Set<String> JAVA_LANG_TYPES = Set.of("String", "Number", "Double", "Integer", "Long", "Short", "Byte",
            "Float", "Boolean", "Character", "Math", "Object");
    private static final Set<String> FORBIDDEN_WORDS = Set.of("global", "function", "modify", "update", "delete",
            "retract", "drools", "getClass", "class", "forName", "getClassLoader", "getKieRuntime", "getKnowledgeRuntime",
            "getWorkingMemory", "getEntryPoint", "getChannels", "halt");

    private RuleSafety() {
    }

    private record Token(String text, int line) {

        boolean identifier() {
            return Character.isJavaIdentifierStart(text.charAt(0));
        }
    }

    /** Each problem as {@code path line n: what}; empty when the file only matches facts and produces findings. */
    static List<String> check(String path, String drl) {
        List<String> problems = new ArrayList<>();
        int escape = drl.indexOf("\\u");
        if (escape >= 0) {
            problems.add(path + " line " + line(drl, escape) + ": unicode escapes (\\u) are not allowed in rules");
        }
        List<Token> tokens = tokens(drl);
        Set<String> imported = new HashSet<>(JAVA_LANG_TYPES);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).text().equals("declare")) {
                imported.add(tokens.get(i + 1).text()); // a fact type the file declares for itself
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String text = token.text();
            if ((text.equals("import") || text.equals("package")) && (i == 0 || tokens.get(i - 1).text().equals(";")
                    || tokens.get(i - 1).line() < token.line())) {
                int end = i + 1;
                StringBuilder name = new StringBuilder();
                while (end < tokens.size() && tokens.get(end).line() == token.line() && !tokens.get(end).text().equals(";")) {
                    name.append(tokens.get(end).text());
                    end++;
                }
                if (text.equals("import")) {
                    String type = name.toString();
                    if (!importAllowed(type)) {
                        problems.add(path + " line " + token.line() + ": import " + type + " is not allowed (rules may"
                                + " import the fact types, RiskLevel and BigDecimal only)");
                    } else {
                        imported.add(type.substring(type.lastIndexOf('.') + 1));
                    }
                }
                i = end;
                continue;
            }
            if (!token.identifier()) {
                continue;
            }
            boolean afterDot = i > 0 && tokens.get(i - 1).text().equals(".");
            boolean beforeDot = i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".");
            if (FORBIDDEN_WORDS.contains(text)) {
                problems.add(path + " line " + token.line() + ": '" + text + "' is not allowed in rules (" + why(text) + ")");
            } else if (text.equals("kcontext") && beforeDot) {
                problems.add(path + " line " + token.line() + ": 'kcontext.' is not allowed in rules (pass kcontext to a finding only)");
            } else if (!afterDot && Character.isUpperCase(text.charAt(0)) && !imported.contains(text)) {
                problems.add(path + " line " + token.line() + ": type " + text + " is not allowed in rules (import a fact type,"
                        + " or use String, a number type or Math)");
            } else if (!afterDot && beforeDot && Character.isLowerCase(text.charAt(0)) && !text.equals("this")
                    && qualifiedName(tokens, i)) {
                problems.add(path + " line " + token.line() + ": fully qualified names such as " + text + ".… are not allowed"
                        + " in rules");
            }
        }
        return problems;
    }

    private static boolean importAllowed(String name) {
        return ALLOWED_IMPORTS.contains(name) || ALLOWED_IMPORT_PREFIXES.stream()
                .anyMatch(prefix -> name.startsWith(prefix) && name.substring(prefix.length()).matches("[A-Z][A-Za-z0-9_]*"));
    }

    /** {@code a.b.C}: a chain of names starting in lower case that reaches a capitalised one is a qualified type. */
    private static boolean qualifiedName(List<Token> tokens, int start) {
        for (int i = start; i + 2 < tokens.size() && tokens.get(i + 1).text().equals("."); i += 2) {
            Token next = tokens.get(i + 2);
            if (!next.identifier()) {
                return false;
            }
            if (Character.isUpperCase(next.text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static String why(String word) {
        return switch (word) {
            case "global", "function" -> "rules use no services and no code of their own";
            case "modify", "update", "delete", "retract" -> "rules add findings; they never change or remove facts";
            default -> "rules reach no engine, class or runtime internals";
        };
    }

    /** Identifiers, numbers and single punctuation characters, without comments and string or character literals. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                line += (int) text.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                tokens.add(new Token("\"\"", line));
                i = Math.min(end + 1, text.length());
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(text.substring(i, end), line));
                i = end;
            } else {
                tokens.add(new Token(String.valueOf(c), line));
                i++;
            }
        }
        return tokens;
    }

    private static int line(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
