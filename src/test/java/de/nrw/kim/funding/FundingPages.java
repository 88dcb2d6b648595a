package de.nrw.kim.funding;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import de.nrw.kim.support.ApiClient;

/** Fetches web pages (not the API) over HTTP as a demo user, for quick render checks. */
final class FundingPages {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private FundingPages() {
	}

	static HttpResponse<byte[]> getBytes(int port, String user, String path) {
		try {
			return HTTP.send(request(port, user, path), HttpResponse.BodyHandlers.ofByteArray());
		} catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	/** POSTs JSON to the API as a user, accepting whatever comes back (e.g. a PDF). */
	static HttpResponse<byte[]> postJsonForBytes(int port, String user, String path, String json) {
		String credentials = Base64.getEncoder()
				.encodeToString((user + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
				.header("Accept", "application/pdf, application/problem+json")
				.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
		} catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	static HttpRequest request(int port, String user, String path) {
		String credentials = Base64.getEncoder()
				.encodeToString((user + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + credentials).header("Accept", "text/html").GET().build();
	}

	static HttpResponse<String> get(int port, String user, String path) {
		String credentials = Base64.getEncoder()
				.encodeToString((user + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + credentials).header("Accept", "text/html").GET().build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		} catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}
}
