package de.nrw.kim.client.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
				    :arrival, :phone, :email, :search, :phonetic::text[], :created, :createdBy, :created, 0)""")
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
				    phonetic_codes = :phonetic::text[], updated_at = now(), version = version + 1
				where municipality_id = :m and id = :id and version = :version and transferred_to is null""")
				.params(detailParams(details))
				.param("m", municipality.value()).param("id", id).param("version", version)
				.update() == 1;
	}

	/** The client unless restricted (Art. 18 GDPR): a restricted person is hidden from every normal role. */
	public Optional<Client> find(MunicipalityKey municipality, UUID id) {
		return jdbc.sql("select * from client where municipality_id = :m and id = :id and transferred_to is null"
				+ " and restricted_at is null")
				.param("m", municipality.value()).param("id", id)
				.query(Clients::map).optional();
	}

	public List<Client> findAll(MunicipalityKey municipality, java.util.Collection<UUID> ids) {
		return jdbc.sql("select * from client where municipality_id = :m and id in (:ids)")
				.param("m", municipality.value()).param("ids", java.util.List.copyOf(new java.util.HashSet<>(ids)))
				.query(Clients::map).list();
	}

	/** Like {@link #find} (not transferred, not restricted) for many ids, in chunks that fit a statement. */
	public List<Client> findAllVisible(MunicipalityKey municipality, java.util.Collection<UUID> ids) {
		List<UUID> distinct = java.util.List.copyOf(new java.util.LinkedHashSet<>(ids));
		List<Client> found = new java.util.ArrayList<>();
		for (int from = 0; from < distinct.size(); from += 5000) {
			found.addAll(jdbc.sql("select * from client where municipality_id = :m and id in (:ids)"
					+ " and transferred_to is null and restricted_at is null")
					.param("m", municipality.value()).param("ids", distinct.subList(from, Math.min(distinct.size(), from + 5000)))
					.query(Clients::map).list());
		}
		return found;
	}

	public boolean exists(MunicipalityKey municipality, UUID id) {
		return jdbc.sql("select count(*) from client where municipality_id = :m and id = :id")
				.param("m", municipality.value()).param("id", id).query(Long.class).single() > 0;
	}

	public boolean isRestricted(MunicipalityKey municipality, UUID id) {
		return jdbc.sql("select kim_client_restricted(:m, :id)")
				.param("m", municipality.value()).param("id", id).query(Boolean.class).single();
	}

	/** Restricts the client; false when it does not exist or is restricted already. */
	public boolean restrict(MunicipalityKey municipality, UUID id, String reason, String by, java.time.Instant at) {
		return jdbc.sql("""
				update client set restricted_at = :at, restricted_by = :by, restriction_reason = :reason
				where municipality_id = :m and id = :id and restricted_at is null""")
				.param("m", municipality.value()).param("id", id).param("reason", reason).param("by", by)
				.param("at", Timestamp.from(at)).update() == 1;
	}

	/** Lifts the restriction; false when the client was not restricted. */
	public boolean lift(MunicipalityKey municipality, UUID id) {
		return jdbc.sql("""
				update client set restricted_at = null, restricted_by = null, restriction_reason = null
				where municipality_id = :m and id = :id and restricted_at is not null""")
				.param("m", municipality.value()).param("id", id).update() == 1;
	}

	public List<de.nrw.kim.client.ClientRestrictions.Restriction> restricted(MunicipalityKey municipality) {
		return jdbc.sql("""
				select id, given_name, family_name, birth_date, restricted_at, restricted_by, restriction_reason
				from client where municipality_id = :m and restricted_at is not null
				order by restricted_at desc, id""")
				.param("m", municipality.value())
				.query((rs, n) -> new de.nrw.kim.client.ClientRestrictions.Restriction(rs.getObject("id", UUID.class),
						rs.getString("given_name") + " " + rs.getString("family_name"), rs.getString("birth_date"),
						rs.getTimestamp("restricted_at").toInstant(), rs.getString("restricted_by"),
						rs.getString("restriction_reason")))
				.list();
	}

	/** Deletes the client row itself; every module has erased its own data on the person before. */
	public int delete(MunicipalityKey municipality, UUID id) {
		return jdbc.sql("delete from client where municipality_id = :m and id = :id")
				.param("m", municipality.value()).param("id", id).update();
	}

	/**
	 * The clients of one organisation whose names match any spelling of the query, best first (ADR
	 * 0101). The match uses the trigram index ({@code <%}, word similarity above the threshold set by
	 * {@link #prepareSearch}) or the phonetic index (all of the query's Cologne codes);
	 * the score combines trigram similarity (0.6), phonetic agreement (0.25) and whole-word prefixes
	 * (0.15) and lies in 0..1.
	 *
	 * @param birthYear when set, only clients born that year or with no birth date
	 */
	public Matches search(MunicipalityKey municipality, UUID organisation, List<SearchKeys.QueryForm> forms,
			String birthYear, int limit, long offset) {
		StringBuilder trigram = new StringBuilder();
		StringBuilder phonetic = new StringBuilder();
		StringBuilder prefix = new StringBuilder();
		for (int i = 0; i < forms.size(); i++) {
			String sep = i == 0 ? "" : ", ";
			trigram.append(sep).append("(word_similarity(:q%1$d, c.search_names) + strict_word_similarity(:q%1$d, c.search_names)) / 2".formatted(i));
			phonetic.append(sep).append(forms.get(i).codes().isEmpty() ? "0"
					: "(select count(*) from unnest(:c%1$d::text[]) x where x = any(c.phonetic_codes))::float8 / cardinality(:c%1$d::text[])".formatted(i));
			prefix.append(sep).append("(select count(*) from unnest(:w%1$d::text[]) w where c.search_names like w || '%%' or c.search_names like '%% ' || w || '%%')::float8 / cardinality(:w%1$d::text[])".formatted(i));
		}
		String sql = """
				%s
				select id, given_name, family_name, original_script_name, birth_date,
				       round((0.6 * greatest(%s) + 0.25 * greatest(%s) + 0.15 * greatest(%s))::numeric, 3) as score,
				       count(*) over () as total
				%s
				order by score desc, lower(family_name), lower(given_name), id
				limit :limit offset :offset""".formatted(candidates(forms), trigram, phonetic, prefix, MATCHING);
		long[] total = { 0 };
		List<Match> items = params(jdbc.sql(sql), municipality, organisation, forms, birthYear)
				.param("limit", limit).param("offset", offset)
				.query((rs, n) -> {
					total[0] = rs.getLong("total");
					return new Match(rs.getObject("id", UUID.class), rs.getString("given_name"),
							rs.getString("family_name"), rs.getString("original_script_name"), rs.getString("birth_date"),
							Math.min(1.0, rs.getDouble("score")));
				})
				.list();
		if (items.isEmpty() && offset > 0) {
			total[0] = params(jdbc.sql(candidates(forms) + " select count(*) " + MATCHING), municipality, organisation,
					forms, birthYear).query(Long.class).single();
		}
		return new Matches(items, total[0]);
	}

	/** Sets the trigram threshold of {@code <%} for the current transaction (pg_trgm default 0.6). */
	public void prepareSearch(double threshold) {
		jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :t, true)")
				.param("t", Double.toString(threshold)).query(String.class).single();
	}

	/** The candidates joined back to their rows, with the rules every result must meet. */
	private static final String MATCHING = """
			from client c join candidates k on k.candidate = c.id
			where c.municipality_id = :m and c.organisation_id = :org and c.transferred_to is null
			  and c.restricted_at is null
			  and (cast(:year as text) is null or c.birth_date is null or substr(c.birth_date, 1, 4) = :year)""";

	/**
	 * The ids that match, from one index branch per spelling and key (trigram GiST, phonetic GIN), computed
	 * once before any row is scored (ADR 0811). Written as one {@code or}, the planner cannot combine the
	 * two indexes and filters every client of the organisation with {@code word_similarity} (59 instead of
	 * 10 ms for a Köln organisation of 10,765 clients); as a plain subquery, it misjudges small
	 * organisations and runs the branches once per client of the organisation (up to 3 s).
	 */
	private static String candidates(List<SearchKeys.QueryForm> forms) {
		String branch = "select s.id as candidate from client s where s.municipality_id = :m and s.organisation_id = :org and ";
		List<String> branches = new ArrayList<>();
		Set<List<String>> codes = new HashSet<>();
		for (int i = 0; i < forms.size(); i++) {
			branches.add(branch + ":q" + i + " <% s.search_names");
			if (!forms.get(i).codes().isEmpty() && codes.add(forms.get(i).codes())) {
				branches.add(branch + "s.phonetic_codes @> :c" + i + "::text[]");
			}
		}
		return "with candidates as materialized (" + String.join(" union ", branches) + ")";
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, MunicipalityKey municipality,
			UUID organisation, List<SearchKeys.QueryForm> forms, String birthYear) {
		spec = spec.param("m", municipality.value()).param("org", organisation).param("year", birthYear);
		for (int i = 0; i < forms.size(); i++) {
			SearchKeys.QueryForm form = forms.get(i);
			// words and codes are [a-z0-9] only, so they need no quoting inside an array literal
			spec = spec.param("q" + i, form.text()).param("w" + i, "{" + String.join(",", form.words()) + "}");
			if (!form.codes().isEmpty()) {
				spec = spec.param("c" + i, "{" + String.join(",", form.codes()) + "}");
			}
		}
		return spec;
	}

	/** One page of {@link #search} and how many matched in all. */
	public record Matches(List<Match> items, long total) {
	}

	/** A client found by {@link #search}: name, birth date and score only. */
	public record Match(UUID id, String givenName, String familyName, String originalScriptName, String birthDate,
			double score) {
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
		p.put("phonetic", "{" + String.join(",", SearchKeys.phoneticCodes(d.givenName(), d.familyName(),
				d.originalScriptName())) + "}");
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
