package de.nrw.kim.casework.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types a case file accepts, recognised by their content (magic bytes) — never by the
 * file name or the content type the browser sends, both of which the sender chooses freely.
 */
public enum DocumentType {
	PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

	private final String mediaType;
	private final String extension;
	private final byte[] magic;

	DocumentType(String mediaType, String extension, byte[] magic) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.magic = magic;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	/** The type whose signature the content starts with, if any. */
	public static Optional<DocumentType> detect(byte[] content) {
		return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
	}

	private boolean matches(byte[] content) {
		if (content == null || content.length < magic.length) {
			return false;
		}
		return Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}
}
