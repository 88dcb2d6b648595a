package de.nrw.kim.platform.hardening;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.ProblemType;
import de.nrw.kim.platform.security.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on API POSTs (API.md conventions): the first request with a key is
 * carried out and its answer stored; the same key with the same request gets exactly that answer
 * again (status, Location, body) without doing anything a second time; the same key with another
 * request is refused (422). Keys are per person and municipality and expire.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";
	static final String REPLAYED = "Idempotency-Replayed";
	static final String KEY_REUSED = "idempotency-key-reused";
	static final String IN_PROGRESS = "idempotency-in-progress";

	private final IdempotencyKeys keys;
	private final Duration expiry;

	IdempotencyFilter(IdempotencyKeys keys, Duration expiry) {
		this.keys = keys;
		this.expiry = expiry;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith("/api/")
				|| contentType != null && contentType.toLowerCase().startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<CurrentUser> user = CurrentUser.find().filter(u -> u.municipality() != null);
		if (user.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		String key = request.getHeader(HEADER).strip();
		if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
			ProblemResponses.write(response, 400, ProblemType.VALIDATION, "Ungültige Eingabe",
					"Der Idempotency-Key muss 1 bis 200 druckbare ASCII-Zeichen ohne Leerzeichen haben.");
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		Optional<IdempotencyKeys.Stored> stored = keys.reserve(user.get(), key, hash(request, body), expiry);
		if (stored.isPresent()) {
			answerFromStore(stored.get(), hash(request, body), response);
			return;
		}
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean completed = false;
		try {
			chain.doFilter(new ReplayedBody(request, body), recorded);
			if (recorded.getStatus() < 500) {
				keys.complete(user.get(), key, recorded.getStatus(), recorded.getContentType(),
						recorded.getHeader(HttpHeaders.LOCATION), recorded.getContentAsByteArray());
				completed = true;
			}
		} finally {
			if (!completed) {
				keys.release(user.get(), key);
			}
			recorded.copyBodyToResponse();
		}
	}

	private static void answerFromStore(IdempotencyKeys.Stored stored, String requestHash, HttpServletResponse response)
			throws IOException {
		if (!stored.requestHash().equals(requestHash)) {
			ProblemResponses.write(response, 422, ProblemType.of(KEY_REUSED), "Schlüssel schon verwendet",
					"Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet. "
							+ "Bitte für jede neue Anfrage einen neuen Schlüssel wählen.");
			return;
		}
		if (!stored.finished()) {
			ProblemResponses.write(response, 409, ProblemType.of(IN_PROGRESS), "Noch in Bearbeitung",
					"Die erste Anfrage mit diesem Idempotency-Key wird noch bearbeitet. Bitte gleich noch einmal versuchen.");
			return;
		}
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		response.setHeader(REPLAYED, "true");
		byte[] body = stored.body() == null ? new byte[0] : stored.body();
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static String hash(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String target = request.getMethod() + " " + request.getRequestURI()
					+ (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + "\n";
			digest.update(target.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest(body));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The request with its body read once already, for the controller to read again. */
	private static final class ReplayedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReplayedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
					getCharacterEncoding() == null ? StandardCharsets.UTF_8
							: java.nio.charset.Charset.forName(getCharacterEncoding())));
		}
	}
}
