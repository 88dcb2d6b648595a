package de.nrw.kim;

import de.nrw.kim.generator.GenerateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class KimApplication {

	public static void main(String[] args) {
		if (GenerateCommand.isRequested(args)) {
			System.exit(SpringApplication.exit(SpringApplication.run(KimApplication.class, GenerateCommand.arguments(args))));
		}
		SpringApplication.run(KimApplication.class, args);
	}
}
