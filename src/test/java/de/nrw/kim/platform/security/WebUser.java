package de.nrw.kim.platform.security;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like client without a browser: cookies, CSRF token from the forms, no redirects followed. */
public final class WebUser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final int port;
	final CookieManager cookies = new CookieManager();
	private final HttpClient http;

	public WebUser(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5)).build();
	}

	/** Logs in through the form; the answer is the redirect (302 to "/" or to "/login?error"). */
	public HttpResponse<String> login(String username, String password, String... extra) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", username);
		fields.put("password", password);
		for (int i = 0; i + 1 < extra.length; i += 2) {
			fields.put(extra[i], extra[i + 1]);
		}
		return postForm("/login", "/login", fields);
	}

	/** Posts a form after reading the CSRF token from the page that shows it. */
	public HttpResponse<String> postForm(String pagePath, String action, Map<String, String> fields) {
		Matcher csrf = CSRF.matcher(get(pagePath).body());
		if (!csrf.find()) {
			throw new IllegalStateException("Kein CSRF-Feld auf " + pagePath);
		}
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf.group(1));
		String form = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(action)).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Whether the start page opens (200) rather than sending us to the login (302). */
	public boolean isLoggedIn() {
		return get("/").statusCode() == 200;
	}

	public String sessionCookie() {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
				.map(HttpCookie::getValue).findFirst().orElse(null);
	}

	/** The session id stored in PostgreSQL (the cookie carries it Base64-encoded). */
	public String sessionId() {
		String cookie = sessionCookie();
		return cookie == null ? null : new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

	/** A fresh client that only carries the given session cookie. */
	public static WebUser withSessionCookie(int port, String value) {
		WebUser user = new WebUser(port);
		HttpCookie cookie = new HttpCookie("SESSION", value);
		cookie.setPath("/");
		cookie.setVersion(0);
		user.cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/"), cookie);
		return user;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
