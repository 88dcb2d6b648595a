package de.nrw.kim.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A full test against the running application on a random port, with a real embedded PostgreSQL in
 * a fresh directory under {@code target/} and the demo users (the demo case files are tested on
 * their own in {@code DemoCaseFilesIT}, so tests here start from known case lists). All such tests share one application
 * context (same configuration), so the database starts once per build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kim.ephemeral=true", "kim.data-dir=target/test-db", "kim.demo.case-files=false" })
public @interface KimIntegrationTest {
}
