package de.nrw.kim.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line {@code generate --clients=N --seed=S [--today=YYYY-MM-DD]}: starts the application
 * without demo case files and without the reporting schedule (the generator recomputes the figures
 * itself), lets the generator run and ends with its exit code.
 */
public final class GenerateCommand {

	public static final String NAME = "generate";

	private GenerateCommand() {
	}

	public static boolean isRequested(String[] args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

	/** The arguments with the settings a generator run needs added (command-line properties win over application.yml). */
	public static String[] arguments(String[] args) {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(List.of("--kim.demo.case-files=false", "--server.port=0", "--kim.reporting.initial-delay=PT24H",
				"--kim.reporting.full-refresh-cron=-", "--kim.generator.run=true"));
		return all.toArray(String[]::new);
	}
}
