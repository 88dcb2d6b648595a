package de.nrw.kim.client.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.client.PartialDate;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clients of a municipality, in table {@code client}. */
@Repository
public class Clients {

	private final JdbcClient jdbc;

	Clients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Client client) {
		Client.ClientDetails d = client.details();
		jdbc.sql("""
				insert into client (municipality_id, id, organisation_id, given_name, family_name, original_script_name,
				    birth_date, gender, nationalities, languages, arrival_date, phone, email, search_names, phonetic_codes,
				    created_at, created_by, updated_at, version)
				values (:m, :id, :org, :given, :family, :original, :birth, :gender, :nationalities::text[], :languages::text[],
				    :arrival, :phone, :email, :search, :phonetic, :created, :createdBy, :created, 0)""")
				.param("m", client.municipality().value()).param("id", client.id()).param("org", client.organisationId())
				.params(detailParams(d))
				.param("created", Timestamp.from(client.createdAt())).param("createdBy", client.createdBy())
				.update();
	}

	/** Writes the details if {@code version} is still current; false when someone else changed it first. */
	public boolean update(MunicipalityKey municipality, UUID id, int version, Client.ClientDetails details) {
		return jdbc.sql("""
				update client set given_name = :given, family_name = :family, original_script_name = :original,
				    birth_date = :birth, gender = :gender, nationalities = :nationalities::text[], languages = :languages::text[],
				    arrival_date = :arrival, phone = :phone, email = :email, search_names = :search,
				    phonetic_codes = :phonetic, updated_at = now(), version = version + 1
				where municipality_id = :m and id = :id and version = :version""")
				.params(detailParams(details))
				.param("m", municipality.value()).param("id", id).param("version", version)
				.update() == 1;
	}

	public Optional<Client> find(MunicipalityKey municipality, UUID id) {
		return jdbc.sql("select * from client where municipality_id = :m and id = :id")
				.param("m", municipality.value()).param("id", id)
				.query(Clients::map).optional();
	}

	private static java.util.Map<String, Object> detailParams(Client.ClientDetails d) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("given", d.givenName());
		p.put("family", d.familyName());
		p.put("original", d.originalScriptName());
		p.put("birth", d.birthDate() == null ? null : d.birthDate().toString());
		p.put("gender", d.gender().name());
		p.put("nationalities", "{" + String.join(",", d.nationalities()) + "}");
		p.put("languages", "{" + String.join(",", d.languages()) + "}");
		p.put("arrival", d.arrivalDate());
		p.put("phone", d.phone());
		p.put("email", d.email());
		p.put("search", SearchKeys.searchNames(d.givenName(), d.familyName(), d.originalScriptName()));
		p.put("phonetic", SearchKeys.phoneticCodes(d.givenName(), d.familyName()));
		return p;
	}

	static Client map(ResultSet rs, int row) throws SQLException {
		String birth = rs.getString("birth_date");
		Client.ClientDetails details = new Client.ClientDetails(rs.getString("given_name"), rs.getString("family_name"),
				rs.getString("original_script_name"), birth == null ? null : PartialDate.parse(birth),
				Client.Gender.valueOf(rs.getString("gender")), strings(rs.getArray("nationalities")),
				strings(rs.getArray("languages")), rs.getObject("arrival_date", java.time.LocalDate.class),
				rs.getString("phone"), rs.getString("email"));
		return new Client(rs.getObject("id", UUID.class), MunicipalityKey.of(rs.getString("municipality_id")),
				rs.getObject("organisation_id", UUID.class), details, rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"), rs.getInt("version"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
