package de.nrw.kim.abuse;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny clamd on a local port that speaks the real {@code INSTREAM} protocol (null-terminated
 * command, 4-byte big-endian chunk lengths, zero-length end) and recognises the EICAR test string
 * like ClamAV does: {@code stream: Eicar-Signature FOUND}.
 */
final class FakeClamd implements AutoCloseable {

	static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

	private final ServerSocket server;
	final AtomicInteger scans = new AtomicInteger();

	FakeClamd() throws IOException {
		server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		Thread thread = new Thread(this::serve, "fake-clamd");
		thread.setDaemon(true);
		thread.start();
	}

	int port() {
		return server.getLocalPort();
	}

	private void serve() {
		while (!server.isClosed()) {
			try (Socket socket = server.accept()) {
				answer(socket);
			} catch (IOException e) {
				// closed or a broken client: wait for the next one
			}
		}
	}

	private void answer(Socket socket) throws IOException {
		DataInputStream in = new DataInputStream(socket.getInputStream());
		String command = readUntilNull(in);
		OutputStream out = socket.getOutputStream();
		if (!command.equals("zINSTREAM")) {
			out.write("UNKNOWN COMMAND\0".getBytes(StandardCharsets.US_ASCII));
			return;
		}
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		for (int length = in.readInt(); length > 0; length = in.readInt()) {
			content.write(in.readNBytes(length));
		}
		scans.incrementAndGet();
		boolean infected = content.toString(StandardCharsets.ISO_8859_1).contains(EICAR);
		out.write((infected ? "stream: Eicar-Signature FOUND\0" : "stream: OK\0").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	private static String readUntilNull(DataInputStream in) throws IOException {
		ByteArrayOutputStream command = new ByteArrayOutputStream();
		for (int b = in.read(); b > 0; b = in.read()) {
			command.write(b);
		}
		return command.toString(StandardCharsets.US_ASCII);
	}

	@Override
	public void close() throws IOException {
		server.close();
	}
}
