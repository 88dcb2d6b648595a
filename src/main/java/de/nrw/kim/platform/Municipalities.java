package de.nrw.kim.platform;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The reference data of the 54 municipalities, read once: it changes only with a migration. */
@Service
public class Municipalities {

	private final JdbcClient jdbc;
	private volatile List<Municipality> all;
	private volatile Map<String, Municipality> byKey;

	Municipalities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Municipality> all() {
		if (all == null) {
			List<Municipality> loaded = jdbc.sql("select key, name, type, region from municipality order by key")
					.query(Municipality.class).list();
			byKey = loaded.stream().collect(Collectors.toUnmodifiableMap(Municipality::key, Function.identity()));
			all = loaded;
		}
		return all;
	}

	public Municipality get(MunicipalityKey key) {
		all();
		Municipality municipality = byKey.get(key.value());
		if (municipality == null) {
			throw new NotFoundException("Die Kommune " + key);
		}
		return municipality;
	}
}
