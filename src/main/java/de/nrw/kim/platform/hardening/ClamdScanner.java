package de.nrw.kim.platform.hardening;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Asks a ClamAV daemon (clamd) over TCP whether a file carries a virus, with the {@code INSTREAM}
 * command: the content goes in length-prefixed chunks, clamd answers {@code stream: OK} or
 * {@code stream: <signature> FOUND}. Anything else – no connection, timeout, an error answer –
 * means "unknown", and the caller must refuse the upload.
 */
class ClamdScanner {

	private static final int CHUNK = 64 * 1024;

	private final String host;
	private final int port;
	private final Duration timeout;

	ClamdScanner(String host, int port, Duration timeout) {
		this.host = host;
		this.port = port;
		this.timeout = timeout;
	}

	/** The verdict for the content; throws {@link UploadScanException.Unavailable} when clamd gives none. */
	Verdict scan(byte[] content) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
			socket.setSoTimeout((int) timeout.toMillis());
			DataOutputStream out = new DataOutputStream(socket.getOutputStream());
			out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
			for (int offset = 0; offset < content.length; offset += CHUNK) {
				int length = Math.min(CHUNK, content.length - offset);
				out.writeInt(length);
				out.write(content, offset, length);
			}
			out.writeInt(0);
			out.flush();
			return Verdict.of(readReply(socket.getInputStream()));
		} catch (IOException e) {
			throw new UploadScanException.Unavailable(e);
		}
	}

	private static String readReply(InputStream in) throws IOException {
		ByteArrayOutputStream reply = new ByteArrayOutputStream();
		for (int b = in.read(); b > 0 && reply.size() < 1024; b = in.read()) {
			reply.write(b);
		}
		return reply.toString(StandardCharsets.US_ASCII).strip();
	}

	/** Clean or infected (with the signature's name). */
	record Verdict(boolean infected, String signature) {

		static Verdict of(String reply) {
			if (reply.endsWith(" OK")) {
				return new Verdict(false, null);
			}
			if (reply.endsWith(" FOUND")) {
				String found = reply.substring(0, reply.length() - " FOUND".length());
				return new Verdict(true, found.substring(found.indexOf(':') + 1).strip());
			}
			throw new UploadScanException.Unavailable(new IOException("clamd antwortete: " + reply));
		}
	}
}
