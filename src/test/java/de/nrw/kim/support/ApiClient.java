package de.nrw.kim.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the API over real HTTP as one of the demo users (HTTP Basic, password {@code kim-demo}),
 * the way another system would.
 */
public final class ApiClient {

	public static final String DEMO_PASSWORD = "kim-demo";
	private static final ObjectMapper JSON = JsonMapper.builder().build();
	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;
	private final String authorization;

	private ApiClient(int port, String authorization) {
		this.port = port;
		this.authorization = authorization;
	}

	public static ApiClient as(int port, String username) {
		String credentials = username + ":" + DEMO_PASSWORD;
		return new ApiClient(port, "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
	}

	public static ApiClient anonymous(int port) {
		return new ApiClient(port, null);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").POST(body(body)));
	}

	public Response put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").PUT(body(body)));
	}

	public Response patch(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").method("PATCH", body(body)));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/** Sends a raw body, e.g. malformed JSON. */
	public Response postRaw(String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		} catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	public HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + (isTopLevel(path) ? path : "/api/v1" + path)));
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		return builder.header("Accept", "application/json, application/problem+json");
	}

	private static boolean isTopLevel(String path) {
		return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/") || path.startsWith("/swagger");
	}

	public Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response, parse(response.body()));
		} catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private static HttpRequest.BodyPublisher body(Object body) {
		String text = body instanceof String s ? s : JSON.writeValueAsString(body);
		return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
	}

	private static JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return JSON.missingNode();
		}
		try {
			return JSON.readTree(body);
		} catch (RuntimeException e) {
			return JSON.getNodeFactory().textNode(body);
		}
	}

	/** Status, raw response and parsed JSON body. */
	public record Response(int status, HttpResponse<String> raw, JsonNode json) {

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}

		public String text(String field) {
			JsonNode node = json.path(field);
			return node.isMissingNode() || node.isNull() ? null : node.asText();
		}
	}
}
