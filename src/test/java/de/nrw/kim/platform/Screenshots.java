package de.nrw.kim.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.nrw.kim.support.Browser;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** Keeps a PNG of a page under {@code target/screenshots/} so people can look at what the tests saw. */
final class Screenshots {

	private static final Path DIRECTORY = Path.of("target", "screenshots");

	private Screenshots() {
	}

	static Path save(Browser browser, String name) {
		byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
		try {
			Files.createDirectories(DIRECTORY);
			return Files.write(DIRECTORY.resolve(name + ".png"), png);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
