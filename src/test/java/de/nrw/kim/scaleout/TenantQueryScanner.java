package de.nrw.kim.scaleout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.nrw.kim.scaleout.JavaStrings.Kind;
import de.nrw.kim.scaleout.JavaStrings.Token;

/**
 * Finds SQL in Java sources that reads or changes a tenant table without a {@code municipality_id}
 * condition. The unit is one Java string expression as it reaches the database: the literals and
 * text blocks joined by {@code +}, with {@code String} variables and constants (also
 * {@code OtherClass.CONSTANT}) replaced by their initialiser, so {@code SELECT + where} is checked as
 * one statement. Declarations themselves are fragments and are checked where they are used.
 * Operands the scanner cannot evaluate (method calls, {@code switch}, conditionals) contribute the
 * literals they contain.
 */
final class TenantQueryScanner {

	record Source(String path, String text) {

		String className() {
			String name = path.substring(path.lastIndexOf('/') + 1);
			return name.endsWith(".java") ? name.substring(0, name.length() - 5) : name;
		}
	}

	record Statement(String path, int line, String sql) {
	}

	record Violation(String path, int line, Set<String> tables, String sql) {

		@Override
		public String toString() {
			return path + ":" + line + " " + tables + " → " + sql;
		}
	}

	private static final Pattern TABLE_REFERENCE = Pattern.compile(
			"\\b(?:from|join|update|delete\\s+from)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)\\b(?!\\s*\\()");
	/** {@code municipality_id} compared with a value (parameter, literal, list, subquery), not only joined. */
	private static final String VALUE = "(?::[a-z_][a-z0-9_]*|'|\\(|any\\s*\\(|cast\\s*\\(\\s*:|kim_current_municipality\\(\\))";
	private static final Pattern MUNICIPALITY_CONDITION = Pattern.compile(
			"municipality_id\\s*(?:=|\\bin\\b|\\bis\\s+not\\s+distinct\\s+from\\b)\\s*" + VALUE
					+ "|" + VALUE + "[a-z0-9_]*\\s*=\\s*(?:[a-z_][a-z0-9_]*\\.)?municipality_id\\b");
	private static final Pattern STATEMENT_START = Pattern.compile("^[\\s(]*(?:select|insert|update|delete|with|merge)\\b");
	private static final int MAX_DEPTH = 6;

	private final Set<String> tenantTables;

	TenantQueryScanner(Set<String> tenantTables) {
		this.tenantTables = Set.copyOf(tenantTables);
	}

	List<Violation> scan(List<Source> sources) {
		List<Violation> violations = new ArrayList<>();
		for (Statement statement : statements(sources)) {
			if (!STATEMENT_START.matcher(normalise(statement.sql())).find()) {
				continue;
			}
			Set<String> tables = tenantTablesIn(statement.sql());
			if (!tables.isEmpty() && !isFiltered(statement.sql())) {
				violations.add(new Violation(statement.path(), statement.line(), tables, oneLine(statement.sql())));
			}
		}
		return violations;
	}

	Set<String> tenantTablesIn(String sql) {
		Set<String> tables = new LinkedHashSet<>();
		Matcher reference = TABLE_REFERENCE.matcher(normalise(sql));
		while (reference.find()) {
			if (tenantTables.contains(reference.group(1))) {
				tables.add(reference.group(1));
			}
		}
		return tables;
	}

	static boolean isFiltered(String sql) {
		return MUNICIPALITY_CONDITION.matcher(normalise(sql)).find();
	}

	static String oneLine(String sql) {
		return normalise(sql).replaceAll("\\s+", " ").strip();
	}

	private static String normalise(String sql) {
		return sql.replaceAll("--[^\n]*", " ").toLowerCase(Locale.ROOT);
	}

	/** Every evaluated string expression that is not itself the initialiser of a variable. */
	static List<Statement> statements(List<Source> sources) {
		Map<String, Parsed> byClass = new HashMap<>();
		List<Parsed> parsed = new ArrayList<>();
		for (Source source : sources) {
			Parsed file = new Parsed(source.path(), JavaStrings.tokenize(source.text()), byClass);
			byClass.put(source.className(), file);
			parsed.add(file);
		}
		List<Statement> statements = new ArrayList<>();
		for (Parsed file : parsed) {
			file.collect(statements);
		}
		return statements;
	}

	private static final class Parsed {

		private final String path;
		private final List<Token> tokens;
		private final Map<String, Parsed> byClass;
		private final Map<String, List<Integer>> declarations = new HashMap<>();
		private final Map<String, int[]> stringMethods = new HashMap<>();

		Parsed(String path, List<Token> tokens, Map<String, Parsed> byClass) {
			this.path = path;
			this.tokens = tokens;
			this.byClass = byClass;
			for (int i = 1; i + 2 < tokens.size(); i++) {
				boolean stringType = tokens.get(i - 1).is("String") || tokens.get(i - 1).is("var");
				if (stringType && tokens.get(i).kind() == Kind.IDENT && tokens.get(i + 1).is("=") && !tokens.get(i + 2).is("=")) {
					declarations.computeIfAbsent(tokens.get(i).text(), k -> new ArrayList<>()).add(i + 2);
				}
				if (tokens.get(i - 1).is("String") && tokens.get(i).kind() == Kind.IDENT && tokens.get(i + 1).is("(")) {
					int body = skipBalanced(i + 1);
					if (body < tokens.size() && tokens.get(body).is("{")) {
						stringMethods.put(tokens.get(i).text(), new int[] { body, skipBalanced(body) });
					}
				}
			}
		}

		void collect(List<Statement> statements) {
			for (int i = 0; i < tokens.size(); i++) {
				if (!startsChain(i) || isAssigned(i)) {
					continue;
				}
				Chain chain = chain(i, 0);
				if (chain.interesting() && !isAssignmentTarget(chain.end())) {
					statements.add(new Statement(path, tokens.get(i).line(), chain.text()));
				}
			}
		}

		private boolean startsChain(int i) {
			Token token = tokens.get(i);
			if (token.kind() != Kind.STRING && token.kind() != Kind.IDENT) {
				return false;
			}
			if (i == 0) {
				return true;
			}
			Token before = tokens.get(i - 1);
			return !before.is(".") && !before.is("+");
		}

		private boolean isAssignmentTarget(int end) {
			return end + 1 < tokens.size() && tokens.get(end).is("=") && !tokens.get(end + 1).is("=");
		}

		/** {@code x = …}, {@code String x = …} and {@code x += …} hold fragments. */
		private boolean isAssigned(int i) {
			if (i < 2 || !tokens.get(i - 1).is("=")) {
				return false;
			}
			Token before = tokens.get(i - 2);
			return !(before.is("=") || before.is("!") || before.is("<") || before.is(">"));
		}

		private record Chain(String text, boolean interesting, int end) {
		}

		private Chain chain(int start, int depth) {
			StringBuilder text = new StringBuilder();
			boolean interesting = false;
			int i = start;
			while (true) {
				Operand operand = operand(i, depth);
				if (operand == null) {
					break;
				}
				text.append(operand.text());
				interesting |= operand.literal();
				i = operand.end();
				boolean concatenation = i + 1 < tokens.size() && tokens.get(i).is("+") && !tokens.get(i + 1).is("=");
				if (!concatenation) {
					break;
				}
				i++;
			}
			return new Chain(text.toString(), interesting, i);
		}

		private record Operand(String text, int end, boolean literal) {
		}

		private Operand operand(int i, int depth) {
			if (i >= tokens.size()) {
				return null;
			}
			Token token = tokens.get(i);
			if (token.kind() == Kind.STRING) {
				int end = i + 1;
				while (end + 2 < tokens.size() && tokens.get(end).is(".") && tokens.get(end + 2).is("(")) {
					end = skipBalanced(end + 2);
				}
				return new Operand(token.text() + literalsIn(i + 1, end), end, true);
			}
			if (token.is("(")) {
				int end = skipBalanced(i);
				return new Operand(literalsIn(i, end), end, false);
			}
			if (token.kind() != Kind.IDENT) {
				return null;
			}
			if (token.text().equals("switch")) {
				int end = skipBalanced(skipBalanced(i + 1));
				return new Operand(literalsIn(i, end), end, false);
			}
			int end = i + 1;
			List<String> names = new ArrayList<>(List.of(token.text()));
			boolean call = token.text().equals("new");
			while (end < tokens.size()) {
				Token next = tokens.get(end);
				if (next.is(".") && end + 1 < tokens.size() && tokens.get(end + 1).kind() == Kind.IDENT) {
					names.add(tokens.get(end + 1).text());
					end += 2;
				}
				else if (next.is("(") || next.is("[")) {
					call = true;
					end = skipBalanced(end);
				}
				else if (call && next.kind() == Kind.IDENT) {
					end++;
				}
				else {
					break;
				}
			}
			if (call) {
				return new Operand(literalsIn(i, end), end, false);
			}
			String resolved = resolve(names, i, depth);
			return new Operand(resolved == null ? " ? " : resolved, end, resolved != null);
		}

		private String resolve(List<String> names, int usedAt, int depth) {
			if (depth >= MAX_DEPTH || names.size() > 2) {
				return null;
			}
			if (names.size() == 1) {
				return valueOf(names.get(0), usedAt, depth);
			}
			Parsed owner = names.get(0).equals("this") ? this : byClass.get(names.get(0));
			return owner == null ? null : owner.valueOf(names.get(1), Integer.MAX_VALUE, depth);
		}

		private String valueOf(String name, int usedAt, int depth) {
			List<Integer> starts = declarations.get(name);
			if (starts == null) {
				return null;
			}
			int start = starts.get(0);
			for (int candidate : starts) {
				if (candidate < usedAt) {
					start = candidate;
				}
			}
			Chain chain = chain(start, depth + 1);
			return chain.interesting() ? chain.text() : null;
		}

		/** The literals in a token range, and those of the same class's String methods called there. */
		private String literalsIn(int from, int to) {
			StringBuilder text = new StringBuilder(" ");
			for (int k = from; k < to; k++) {
				Token token = tokens.get(k);
				if (token.kind() == Kind.STRING) {
					text.append(token.text()).append(' ');
				}
				boolean unqualifiedCall = token.kind() == Kind.IDENT && k + 1 < to && tokens.get(k + 1).is("(")
						&& (k == 0 || !tokens.get(k - 1).is("."));
				int[] body = unqualifiedCall ? stringMethods.get(token.text()) : null;
				if (body != null && (body[0] > to || body[1] < from)) {
					for (int b = body[0]; b < body[1]; b++) {
						if (tokens.get(b).kind() == Kind.STRING) {
							text.append(tokens.get(b).text()).append(' ');
						}
					}
				}
			}
			return text.toString();
		}

		/** From an opening bracket to just after its partner. */
		private int skipBalanced(int open) {
			if (open >= tokens.size()) {
				return open;
			}
			int depth = 0;
			for (int k = open; k < tokens.size(); k++) {
				Token token = tokens.get(k);
				if (token.is("(") || token.is("[") || token.is("{")) {
					depth++;
				}
				else if (token.is(")") || token.is("]") || token.is("}")) {
					depth--;
					if (depth == 0) {
						return k + 1;
					}
				}
			}
			return tokens.size();
		}
	}
}
