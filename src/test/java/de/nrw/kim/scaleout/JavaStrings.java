package de.nrw.kim.scaleout;

import java.util.ArrayList;
import java.util.List;

/**
 * A small Java tokenizer, just enough to find the SQL in the code: string literals and text blocks
 * (with their value), identifiers and single-character punctuation; comments and char literals are
 * dropped.
 */
final class JavaStrings {

	enum Kind { STRING, IDENT, PUNCT, OTHER }

	record Token(Kind kind, String text, int line) {

		boolean is(String punct) {
			return kind != Kind.STRING && text.equals(punct);
		}
	}

	private JavaStrings() {
	}

	static List<Token> tokenize(String source) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int line = 1;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (c == '\n') {
				line++;
				i++;
			}
			else if (Character.isWhitespace(c)) {
				i++;
			}
			else if (source.startsWith("//", i)) {
				while (i < n && source.charAt(i) != '\n') {
					i++;
				}
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				end = end < 0 ? n : end + 2;
				line += count(source, i, end);
				i = end;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = i + 3;
				while (end < n && !(source.startsWith("\"\"\"", end) && source.charAt(end - 1) != '\\')) {
					end++;
				}
				tokens.add(new Token(Kind.STRING, textBlock(source.substring(i + 3, Math.min(end, n))), line));
				end = Math.min(end + 3, n);
				line += count(source, i, end);
				i = end;
			}
			else if (c == '"' || c == '\'') {
				StringBuilder value = new StringBuilder();
				int j = i + 1;
				while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
					if (source.charAt(j) == '\\' && j + 1 < n) {
						j++;
						char escaped = source.charAt(j);
						value.append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped);
					}
					else {
						value.append(source.charAt(j));
					}
					j++;
				}
				if (c == '"') {
					tokens.add(new Token(Kind.STRING, value.toString(), line));
				}
				i = j + 1;
			}
			else if (Character.isJavaIdentifierStart(c)) {
				int j = i + 1;
				while (j < n && Character.isJavaIdentifierPart(source.charAt(j))) {
					j++;
				}
				tokens.add(new Token(Kind.IDENT, source.substring(i, j), line));
				i = j;
			}
			else if (Character.isDigit(c)) {
				int j = i + 1;
				while (j < n && (Character.isLetterOrDigit(source.charAt(j)) || source.charAt(j) == '_' || source.charAt(j) == '.')) {
					j++;
				}
				tokens.add(new Token(Kind.OTHER, source.substring(i, j), line));
				i = j;
			}
			else {
				tokens.add(new Token(Kind.PUNCT, String.valueOf(c), line));
				i++;
			}
		}
		return tokens;
	}

	private static String textBlock(String raw) {
		int firstLineEnd = raw.indexOf('\n');
		String body = firstLineEnd < 0 ? raw : raw.substring(firstLineEnd + 1);
		return body.replace("\\\n", " ").replace("\\n", "\n").replace("\\\"", "\"");
	}

	private static int count(String source, int from, int to) {
		int lines = 0;
		for (int k = from; k < to; k++) {
			if (source.charAt(k) == '\n') {
				lines++;
			}
		}
		return lines;
	}
}
