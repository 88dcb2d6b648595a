package de.nrw.kim.demo;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's own REST API on loopback, as a demo user. Each user logs in once through the
 * login form and then works with the session cookie and CSRF token like the browser does — HTTP
 * Basic would verify the BCrypt password on every one of the several hundred calls.
 */
class DemoApi {

	private static final String PASSWORD = "kim-demo";
	private static final ObjectMapper JSON = JsonMapper.builder().build();
	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final int port;
	private final Map<String, Session> sessions = new HashMap<>();

	DemoApi(int port) {
		this.port = port;
	}

	boolean hasCases(String user) {
		return get(user, "/cases?mine=true&size=1").path("total").asLong() > 0;
	}

	JsonNode get(String user, String path) {
		return send(user, path, "GET", null);
	}

	JsonNode post(String user, String path, Object body) {
		return send(user, path, "POST", body);
	}

	JsonNode put(String user, String path, Object body) {
		return send(user, path, "PUT", body);
	}

	private JsonNode send(String user, String path, String method, Object body) {
		Session session = sessions.computeIfAbsent(user, this::login);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1" + path))
				.header("Accept", "application/json").header("X-CSRF-TOKEN", session.csrf());
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		} else {
			request.header("Content-Type", "application/json").method(method,
					HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
		}
		HttpResponse<String> response = call(session.http(), request);
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + path + " als " + user + ": " + response.statusCode() + " "
					+ response.body());
		}
		return response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
	}

	private Session login(String user) {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NORMAL).build();
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + PASSWORD
				+ "&_csrf=" + csrf(http, "/login");
		HttpResponse<String> loggedIn = call(http, HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
		if (loggedIn.uri().getPath().startsWith("/login")) {
			throw new IllegalStateException("Demo-Anmeldung als " + user + " fehlgeschlagen");
		}
		// the token is renewed at login: read the one of the new session
		return new Session(http, csrf(http, "/"));
	}

	private String csrf(HttpClient http, String page) {
		Matcher token = CSRF.matcher(call(http, HttpRequest.newBuilder(uri(page)).GET()).body());
		if (!token.find()) {
			throw new IllegalStateException("Kein CSRF-Token auf " + page);
		}
		return token.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static HttpResponse<String> call(HttpClient http, HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private record Session(HttpClient http, String csrf) {
	}
}
