package de.nrw.kim.platform.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A minimal OpenID Connect provider for tests: discovery, JWKS, an authorization endpoint that logs in
 * whoever the test names next, and a token endpoint. Signs RS256 with a key made at start.
 */
final class TestOidcProvider implements AutoCloseable {

	static final String CLIENT_ID = "kim-web";
	static final String API_AUDIENCE = "kim-api";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;
	private final RSAKey key;
	private final RSAKey strangerKey;
	private final Map<String, Map<String, Object>> codes = new ConcurrentHashMap<>();
	private volatile Map<String, Object> nextLogin = Map.of();

	TestOidcProvider() {
		try {
			key = new RSAKeyGenerator(2048).keyID("kim-test").generate();
			strangerKey = new RSAKeyGenerator(2048).keyID("kim-test").generate();
			server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		} catch (IOException | JOSEException e) {
			throw new IllegalStateException(e);
		}
		server.createContext("/realms/kim/.well-known/openid-configuration", this::discovery);
		server.createContext("/realms/kim/jwks", exchange -> send(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
		server.createContext("/realms/kim/authorize", this::authorize);
		server.createContext("/realms/kim/token", this::token);
		server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, "test-oidc-provider");
			thread.setDaemon(true);
			return thread;
		}));
		server.start();
	}

	String issuer() {
		return "http://localhost:" + server.getAddress().getPort() + "/realms/kim";
	}

	/** The claims of whoever logs in next in the browser. */
	void nextLogin(Map<String, Object> claims) {
		nextLogin = claims;
	}

	/** An access token for the API with the given claims on top of valid defaults (issuer, audience, 5 minutes). */
	String accessToken(Map<String, Object> claims) {
		Map<String, Object> all = new HashMap<>(Map.of("iss", issuer(), "aud", List.of(API_AUDIENCE), "sub",
				UUID.randomUUID().toString(), "iat", Instant.now().getEpochSecond(), "exp",
				Instant.now().plusSeconds(300).getEpochSecond()));
		all.putAll(claims);
		return sign(all, key);
	}

	/** Like {@link #accessToken} but signed with a key the provider never published. */
	String forgedToken(Map<String, Object> claims) {
		String valid = accessToken(claims);
		try {
			return sign(SignedJWT.parse(valid).getJWTClaimsSet().toJSONObject(), strangerKey);
		} catch (java.text.ParseException e) {
			throw new IllegalStateException(e);
		}
	}

	private void discovery(HttpExchange exchange) throws IOException {
		Map<String, Object> document = Map.of("issuer", issuer(), "authorization_endpoint", issuer() + "/authorize",
				"token_endpoint", issuer() + "/token", "jwks_uri", issuer() + "/jwks",
				"response_types_supported", List.of("code"), "subject_types_supported", List.of("public"),
				"id_token_signing_alg_values_supported", List.of("RS256"), "scopes_supported", List.of("openid", "profile"),
				"token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
		send(exchange, 200, JSON.writeValueAsString(document));
	}

	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
		String code = UUID.randomUUID().toString();
		Map<String, Object> claims = new HashMap<>(nextLogin);
		claims.put("nonce", query.get("nonce"));
		codes.put(code, claims);
		exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
				+ java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		Map<String, Object> claims = codes.remove(form.get("code"));
		if (claims == null) {
			send(exchange, 400, "{\"error\":\"invalid_grant\"}");
			return;
		}
		Map<String, Object> idToken = new HashMap<>(Map.of("iss", issuer(), "aud", List.of(CLIENT_ID), "sub",
				claims.getOrDefault("sub", UUID.randomUUID().toString()), "iat", Instant.now().getEpochSecond(), "exp",
				Instant.now().plusSeconds(300).getEpochSecond()));
		idToken.putAll(claims);
		send(exchange, 200, JSON.writeValueAsString(Map.of("access_token", accessToken(claims), "token_type", "Bearer",
				"expires_in", 300, "scope", "openid profile", "id_token", sign(idToken, key))));
	}

	private static String sign(Map<String, Object> claims, RSAKey with) {
		try {
			Map<String, Object> json = new HashMap<>(claims);
			for (String time : List.of("iat", "exp")) {
				if (json.get(time) instanceof Date date) {
					json.put(time, date.toInstant().getEpochSecond());
				}
			}
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(),
					JWTClaimsSet.parse(json));
			jwt.sign(new RSASSASigner(with));
			return jwt.serialize();
		} catch (JOSEException | java.text.ParseException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Map<String, String> parse(String encoded) {
		if (encoded == null || encoded.isEmpty()) {
			return Map.of();
		}
		return Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
				pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
				pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "", (a, b) -> a));
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
