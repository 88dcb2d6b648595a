import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.nrw.kim.client.internal.SearchKeys;

/**
 * The load driver of bench/run: logs in through the login form like a person (session cookie, CSRF
 * token), measures each scenario from outside (p50/p95/p99, throughput) and, in the same run, its
 * floors: the same SQL straight over JDBC, the database time per request from pg_stat_statements and
 * a trivial endpoint for the HTTP and framework cost. Every loop is bounded in count and time and
 * talks only to localhost.
 */
public class Bench {

	static final String PASSWORD = "kim-demo";
	static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
	static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	final String base;
	final String jdbcUrl;
	final int scale;
	/** name prefixes of the scenarios to run (--only=…, comma-separated); empty: all */
	final List<String> only;
	final List<Map<String, Object>> scenarios = new ArrayList<>();
	final SplittableRandom random = new SplittableRandom(42);

	Bench(String base, String jdbcUrl, int scale, List<String> only) {
		this.base = base;
		this.jdbcUrl = jdbcUrl;
		this.scale = scale;
		this.only = only;
	}

	boolean wanted(String name) {
		return only.isEmpty() || only.stream().anyMatch(name::startsWith);
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			String[] kv = arg.replaceFirst("^--", "").split("=", 2);
			options.put(kv[0], kv.length > 1 ? kv[1] : "true");
		}
		String base = "http://localhost:" + options.get("port");
		String jdbc = "jdbc:postgresql://localhost:" + options.get("db-port") + "/postgres";
		int scale = Integer.parseInt(options.getOrDefault("scale", "1"));
		int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
		Path out = Path.of(options.getOrDefault("out", "target/benchmark"));
		List<String> only = options.getOrDefault("only", "").isBlank() ? List.of()
				: List.of(options.get("only").split(","));
		try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
				Statement s = db.createStatement()) {
			s.execute("create extension if not exists pg_stat_statements");
		} catch (SQLException e) {
			System.out.println("pg_stat_statements nicht verfügbar: " + e.getMessage());
		}
		List<List<Map<String, Object>>> all = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			System.out.println("== Lauf " + run + " von " + runs);
			Bench bench = new Bench(base, jdbc, scale, only);
			bench.run();
			all.add(bench.scenarios);
		}
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("clients", options.get("clients"));
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		machine.put("loadAverageAtEnd", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		machine.put("generateSeconds", options.get("generate-seconds"));
		machine.put("startupMillis", options.get("startup-ms"));
		machine.put("heap", Heap.of(options.get("app-pid")));
		Report.write(out, machine, all);
	}

	void run() throws Exception {
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			Fixture f = Fixture.load(db, random);
			Session cm = Session.login(base, f.user);
			Session ministry = Session.login(base, "land");
			Session grants = Session.login(base, "bewilligung");
			int n = 100 * scale;

			scenario(db, "trivial endpoint (HTTP floor)", n, 1, i -> cm.get("/css/kim.css"), null);
			scenario(db, "fuzzy client search", n, 1, i -> cm.get("/api/v1/clients?q=" + enc(f.query(i))),
					i -> Floors.search(db, f, f.query(i)));
			scenario(db, "duplicate check", n, 1, i -> cm.postJson("/api/v1/clients/duplicate-check", f.duplicateBody(i)), null);
			scenario(db, "my cases (list)", n, 1, i -> cm.get("/cases"), i -> Floors.myCases(db, f));
			scenario(db, "case page (HTML)", n, 1, i -> cm.get("/cases/" + f.openCase(i)), null);
			scenario(db, "save a contact", n, 1,
					i -> cm.postJson("/api/v1/cases/" + f.openCase(i) + "/contacts", contactBody(i)), null);
			scenario(db, "statewide statistics (ministry)", 20 * scale, 1,
					i -> ministry.get("/api/v1/statistics/cases?groupBy=STATE&year=" + f.year), null);
			scenario(db, "permanence (ministry)", 20 * scale, 1, i -> ministry.get("/api/v1/funding/permanence"), null);
			scenario(db, "proof of use, all 54 municipalities", 3 * scale, 1, i -> {
				int status = 200;
				for (String key : f.municipalities) {
					int s = grants.postJson("/api/v1/funding/proofs-of-use",
							"{\"municipalityKey\":\"" + key + "\",\"year\":" + (f.year - 1) + "}");
					status = Math.max(status, s);
				}
				return status;
			}, null);
			mixed(db, f, 32, Duration.ofSeconds(30L * scale), 60_000L * scale);
			duplicateScan(db);
			scenario(db, "start page", 20 * scale, 5, i -> cm.get("/"), null);
		}
	}

	String contactBody(int i) {
		return "{\"on\":\"" + LocalDate.now() + "\",\"mode\":\"PHONE\",\"minutes\":" + (10 + i % 50)
				+ ",\"interpreter\":false,\"note\":\"Lasttest: Termin bestätigt\"}";
	}

	interface Call {
		int apply(int i) throws Exception;
	}

	/**
	 * Measures {@code count} calls after as many unmeasured ones (at least {@code warmup}): the figures are
	 * those of a running server whose code the JIT has compiled, not of the first requests after start.
	 */
	void scenario(Connection db, String name, int count, int warmup, Call call, Call floor) throws Exception {
		if (!wanted(name)) {
			return;
		}
		for (int i = 0; i < Math.max(warmup, count); i++) {
			call.apply(i);
		}
		Stats.reset(db);
		long[] latencies = new long[count];
		int errors = 0;
		long started = System.nanoTime();
		for (int i = 0; i < count; i++) {
			long t = System.nanoTime();
			int status = call.apply(i);
			latencies[i] = System.nanoTime() - t;
			if (status >= 400) {
				errors++;
			}
		}
		long wall = System.nanoTime() - started;
		Map<String, Object> s = summary(name, latencies, wall, errors);
		s.put("dbMsPerRequest", Stats.dbMillis(db) / count);
		if (floor != null) {
			long[] floorLatencies = new long[count];
			for (int i = 0; i < count; i++) {
				long t = System.nanoTime();
				floor.apply(i);
				floorLatencies[i] = System.nanoTime() - t;
			}
			Arrays.sort(floorLatencies);
			s.put("sqlFloorP50", ms(pct(floorLatencies, 50)));
			s.put("sqlFloorP95", ms(pct(floorLatencies, 95)));
		}
		scenarios.add(s);
		System.out.println(s);
	}

	void mixed(Connection db, Fixture f, int users, Duration limit, long maxRequests) throws Exception {
		String name = "mixed 80/20 read/write, " + users + " users";
		if (!wanted(name)) {
			return;
		}
		List<Session> sessions = new ArrayList<>();
		List<List<String>> casesOf = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			String username = f.mixedUsers.get(u % f.mixedUsers.size());
			sessions.add(Session.login(base, username));
			casesOf.add(f.openCasesOf(db, username));
		}
		// a third of the time unmeasured first: 32 parallel users reach code paths the single-user scenarios did not
		load(f, sessions, casesOf, limit.dividedBy(3), maxRequests / 3);
		Stats.reset(db);
		long started = System.nanoTime();
		LoadResult result = load(f, sessions, casesOf, limit, maxRequests);
		long wall = System.nanoTime() - started;
		Map<String, Object> s = summary(name, result.latencies(), wall, result.errors());
		s.put("dbMsPerRequest", Stats.dbMillis(db) / Math.max(1, result.latencies().length));
		scenarios.add(s);
		System.out.println(s);
	}

	record LoadResult(long[] latencies, int errors) {
	}

	LoadResult load(Fixture f, List<Session> sessions, List<List<String>> casesOf, Duration limit, long maxRequests)
			throws Exception {
		int users = sessions.size();
		ExecutorService pool = Executors.newFixedThreadPool(users);
		AtomicInteger issued = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		long deadline = System.nanoTime() + limit.toNanos();
		List<Future<List<Long>>> futures = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			Session s = sessions.get(u);
			List<String> own = casesOf.get(u);
			int user = u;
			futures.add(pool.submit(() -> {
				SplittableRandom r = new SplittableRandom(user);
				List<Long> latencies = new ArrayList<>();
				while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
					double p = r.nextDouble();
					String caseId = own.isEmpty() ? null : own.get(r.nextInt(own.size()));
					long t = System.nanoTime();
					int status;
					if (p < 0.2 && caseId != null) {
						status = s.postJson("/api/v1/cases/" + caseId + "/contacts", contactBody(r.nextInt(100)));
					} else if (p < 0.5) {
						status = s.get("/api/v1/clients?q=" + enc(f.query(r.nextInt(1000))));
					} else if (p < 0.75) {
						status = s.get("/cases");
					} else if (caseId != null) {
						status = s.get("/cases/" + caseId);
					} else {
						status = s.get("/cases");
					}
					latencies.add(System.nanoTime() - t);
					if (status >= 400) {
						errors.incrementAndGet();
					}
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> future : futures) {
			all.addAll(future.get());
		}
		pool.shutdown();
		return new LoadResult(all.stream().mapToLong(Long::longValue).toArray(), errors.get());
	}

	void duplicateScan(Connection db) throws SQLException {
		if (!wanted("duplicate scan")) {
			return;
		}
		long t = System.nanoTime();
		long pairs;
		try (Statement s = db.createStatement()) {
			s.execute("set max_parallel_workers_per_gather = 2");
			try (ResultSet r = s.executeQuery(Floors.DUPLICATE_SCAN)) {
				r.next();
				pairs = r.getLong(1);
			}
		}
		long wall = System.nanoTime() - t;
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("name", "duplicate scan of all clients (SQL)");
		s.put("count", 1);
		s.put("p50", ms(wall));
		s.put("p95", ms(wall));
		s.put("p99", ms(wall));
		s.put("throughput", 0.0);
		s.put("errors", 0);
		s.put("candidatePairs", pairs);
		scenarios.add(s);
		System.out.println(s);
	}

	static Map<String, Object> summary(String name, long[] latencies, long wallNanos, int errors) {
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("name", name);
		s.put("count", sorted.length);
		s.put("p50", ms(pct(sorted, 50)));
		s.put("p95", ms(pct(sorted, 95)));
		s.put("p99", ms(pct(sorted, 99)));
		s.put("throughput", Math.round(sorted.length / (wallNanos / 1e9) * 10) / 10.0);
		s.put("errors", errors);
		return s;
	}

	static long pct(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	static double ms(long nanos) {
		return Math.round(nanos / 1e4) / 100.0;
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	/** One logged-in person: a cookie jar and the CSRF token of the session. */
	static final class Session {

		final HttpClient http;
		final String base;
		String csrf;

		Session(String base) {
			this.base = base;
			this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
					.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
		}

		static Session login(String base, String username) throws Exception {
			Session s = new Session(base);
			String page = s.text("/login");
			Matcher m = CSRF_INPUT.matcher(page);
			if (!m.find()) {
				throw new IllegalStateException("Kein CSRF-Feld auf /login");
			}
			String form = "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(m.group(1));
			HttpResponse<String> login = s.http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
			String location = login.headers().firstValue("Location").orElse("");
			if (login.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException("Anmeldung als " + username + " fehlgeschlagen: " + login.statusCode() + " " + location);
			}
			Matcher meta = CSRF_META.matcher(s.text("/account"));
			if (!meta.find()) {
				throw new IllegalStateException("Kein CSRF-Token auf der Startseite für " + username);
			}
			s.csrf = meta.group(1);
			return s;
		}

		String text(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
					HttpResponse.BodyHandlers.ofString()).body();
		}

		/** Status code; a request without answer within 60 s counts as an error (599) instead of ending the run. */
		int get(String path) throws IOException, InterruptedException {
			try {
				return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
						HttpResponse.BodyHandlers.discarding()).statusCode();
			} catch (java.net.http.HttpTimeoutException e) {
				return 599;
			}
		}

		int postJson(String path, String json) throws IOException, InterruptedException {
			try {
				return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
						.header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
						.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			} catch (java.net.http.HttpTimeoutException e) {
				return 599;
			}
		}
	}

	/** What the scenarios work on, read from the generated data. */
	static final class Fixture {

		String user;
		String organisation;
		List<String[]> names = new ArrayList<>();
		List<String> openCases = new ArrayList<>();
		List<String> municipalities = new ArrayList<>();
		List<String> mixedUsers = new ArrayList<>();
		int year = LocalDate.now().getYear();

		static Fixture load(Connection db, SplittableRandom random) throws SQLException {
			Fixture f = new Fixture();
			// a case manager of Köln's largest organisation, with the most open cases there: the hardest search and list
			f.user = single(db, """
					select u.username from app_user u
					join (select organisation_id from client where municipality_id = '05315'
					      group by organisation_id order by count(*) desc limit 1) o on o.organisation_id = u.organisation_id
					where 'CASE_MANAGER' = any (u.roles)
					order by (select count(*) from case_file c where c.municipality_id = '05315' and c.case_manager = u.username
					          and c.phase <> 'CLOSED') desc, u.username limit 1""");
			f.organisation = single(db, "select organisation_id::text from app_user where username = '" + f.user + "'");
			try (PreparedStatement s = db.prepareStatement("""
					select given_name, family_name, coalesce(birth_date, '') from client
					where municipality_id = '05315' and organisation_id = ?::uuid order by md5(id::text) limit 1000""")) {
				s.setString(1, f.organisation);
				try (ResultSet r = s.executeQuery()) {
					while (r.next()) {
						f.names.add(new String[] { r.getString(1), r.getString(2), r.getString(3) });
					}
				}
			}
			f.openCases = list(db, "select id::text from case_file where municipality_id = '05315' and case_manager = '" + f.user
					+ "' and phase <> 'CLOSED' order by id");
			f.municipalities = list(db, "select key from municipality order by key");
			// the case managers with the most open cases, across the largest municipalities
			f.mixedUsers = list(db, """
					select case_manager from case_file where phase <> 'CLOSED'
					group by municipality_id, case_manager order by count(*) desc, case_manager limit 32""");
			if (f.names.isEmpty() || f.openCases.isEmpty()) {
				throw new IllegalStateException("Keine generierten Daten für " + f.user + " gefunden – erst generieren.");
			}
			return f;
		}

		/** A family name with one typing error (a letter dropped), as people search. */
		String query(int i) {
			String family = names.get(i % names.size())[1];
			int drop = family.length() > 4 ? 1 + i % (family.length() - 2) : -1;
			return drop < 0 ? family : family.substring(0, drop) + family.substring(drop + 1);
		}

		String duplicateBody(int i) {
			String[] n = names.get(i % names.size());
			String birth = n[2].isEmpty() ? "null" : "\"" + n[2] + "\"";
			return "{\"givenName\":\"" + n[0] + "\",\"familyName\":\"" + n[1] + "\",\"birthDate\":" + birth + "}";
		}

		String openCase(int i) {
			return openCases.get(i % openCases.size());
		}

		List<String> openCasesOf(Connection db, String manager) throws SQLException {
			try (PreparedStatement s = db.prepareStatement(
					"select id::text from case_file where case_manager = ? and phase <> 'CLOSED' order by id limit 200")) {
				s.setString(1, manager);
				List<String> ids = new ArrayList<>();
				try (ResultSet r = s.executeQuery()) {
					while (r.next()) {
						ids.add(r.getString(1));
					}
				}
				return ids;
			}
		}

		static String single(Connection db, String sql) throws SQLException {
			try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
				r.next();
				return r.getString(1);
			}
		}

		static List<String> list(Connection db, String sql) throws SQLException {
			List<String> values = new ArrayList<>();
			try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
				while (r.next()) {
					values.add(r.getString(1));
				}
			}
			return values;
		}
	}

	/** The application's SQL run straight over JDBC, as the application role under its tenant. */
	static final class Floors {

		static final String DUPLICATE_SCAN = """
				with k as (select municipality_id, id, substr(coalesce(birth_date, '0000'), 1, 4) as y, phonetic_codes, search_names
				           from client)
				select count(*) from k a join k b
				  on a.municipality_id = b.municipality_id and a.y = b.y and a.id < b.id and a.phonetic_codes && b.phonetic_codes
				where similarity(a.search_names, b.search_names) >= 0.5""";

		static int search(Connection db, Fixture f, String q) throws SQLException {
			List<SearchKeys.QueryForm> forms = SearchKeys.query(q);
			StringBuilder trigram = new StringBuilder();
			StringBuilder phonetic = new StringBuilder();
			StringBuilder prefix = new StringBuilder();
			StringBuilder match = new StringBuilder();
			java.util.Set<List<String>> phoneticBranches = new java.util.HashSet<>();
			for (int i = 0; i < forms.size(); i++) {
				String sep = i == 0 ? "" : ", ";
				SearchKeys.QueryForm form = forms.get(i);
				String words = "'{" + String.join(",", form.words()) + "}'::text[]";
				String codes = "'{" + String.join(",", form.codes()) + "}'::text[]";
				String text = "'" + form.text() + "'";
				trigram.append(sep).append("(word_similarity(" + text + ", c.search_names) + strict_word_similarity(" + text + ", c.search_names)) / 2");
				phonetic.append(sep).append(form.codes().isEmpty() ? "0"
						: "(select count(*) from unnest(" + codes + ") x where x = any(c.phonetic_codes))::float8 / cardinality(" + codes + ")");
				prefix.append(sep).append("(select count(*) from unnest(" + words + ") w where c.search_names like w || '%' or c.search_names like '% ' || w || '%')::float8 / cardinality(" + words + ")");
				String branch = " select s.id as candidate from client s where s.municipality_id = '05315' and s.organisation_id = '"
						+ f.organisation + "'::uuid and ";
				match.append(i == 0 ? "" : " union").append(branch).append(text).append(" <% s.search_names");
				if (!form.codes().isEmpty() && phoneticBranches.add(form.codes())) {
					match.append(" union").append(branch).append("s.phonetic_codes @> ").append(codes);
				}
			}
			String sql = """
					with candidates as materialized (%s)
					select id, given_name, family_name, original_script_name, birth_date,
					       round((0.6 * greatest(%s) + 0.25 * greatest(%s) + 0.15 * greatest(%s))::numeric, 3) as score,
					       count(*) over () as total
					from client c join candidates k on k.candidate = c.id
					where c.municipality_id = '05315' and c.organisation_id = '%s'::uuid and c.transferred_to is null
					  and c.restricted_at is null
					order by score desc, lower(family_name), lower(given_name), id
					limit 20 offset 0""".formatted(match, trigram, phonetic, prefix, f.organisation);
			return asTenant(db, sql);
		}

		static int myCases(Connection db, Fixture f) throws SQLException {
			String where = " from case_file c where c.municipality_id = '05315' and c.case_manager = '" + f.user
					+ "' and c.phase <> 'CLOSED'";
			asTenant(db, "select count(*)" + where);
			return asTenant(db, "select c.*" + where + " order by c.opened_on desc, c.created_at desc, c.id limit 20 offset 0");
		}

		/** Runs a query in a transaction as the application role with Köln as tenant; returns the row count. */
		static int asTenant(Connection db, String sql) throws SQLException {
			db.setAutoCommit(false);
			try (Statement s = db.createStatement()) {
				s.execute("set local role kim_app; select set_config('kim.municipality_id', '05315', true); "
						+ "select set_config('pg_trgm.word_similarity_threshold', '0.5', true)");
				int rows = 0;
				try (ResultSet r = s.executeQuery(sql)) {
					while (r.next()) {
						rows++;
					}
				}
				db.commit();
				return rows;
			} finally {
				db.setAutoCommit(true);
			}
		}
	}

	/** Database time per scenario from pg_stat_statements (when the bench enabled it). */
	static final class Stats {

		static void reset(Connection db) {
			try (Statement s = db.createStatement()) {
				s.execute("select pg_stat_statements_reset()");
			} catch (SQLException e) {
				// extension not loaded: the column stays empty
			}
		}

		static double dbMillis(Connection db) {
			try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
					"select coalesce(sum(total_exec_time), 0) from pg_stat_statements where query not like '%pg_stat_statements%' "
							+ "and dbid = (select oid from pg_database where datname = 'postgres') "
							+ "and userid <> (select oid from pg_roles where rolname = 'postgres')")) {
				r.next();
				return r.getDouble(1);
			} catch (SQLException e) {
				return -1;
			}
		}
	}

	/** Heap of the application process: used after a full GC, and what it has committed, via jcmd. */
	static final class Heap {

		static Map<String, Object> of(String pid) {
			Map<String, Object> heap = new LinkedHashMap<>();
			if (pid == null) {
				return heap;
			}
			heap.put("beforeGc", jcmd(pid, "GC.heap_info"));
			jcmd(pid, "GC.run");
			heap.put("afterGc", jcmd(pid, "GC.heap_info"));
			Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher((String) heap.get("afterGc"));
			if (m.find()) {
				heap.put("committedMb", Long.parseLong(m.group(1)) / 1024);
				heap.put("usedAfterGcMb", Long.parseLong(m.group(2)) / 1024);
			}
			Matcher before = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher((String) heap.get("beforeGc"));
			if (before.find()) {
				heap.put("usedBeforeGcMb", Long.parseLong(before.group(2)) / 1024);
			}
			return heap;
		}

		static String jcmd(String pid, String command) {
			try {
				Process p = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
				String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				p.waitFor();
				return text;
			} catch (IOException e) {
				return "";
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return "";
			}
		}
	}

	/** report.json and report.md: min/median/max over the runs, and the targets of issue 7. */
	static final class Report {

		/** scenario → {figure, target, "<=" or ">="} */
		static final List<Object[]> TARGETS = List.of(
				new Object[] { "fuzzy client search", "p95", 50.0, "<=" },
				new Object[] { "my cases (list)", "p95", 30.0, "<=" },
				new Object[] { "case page (HTML)", "p95", 80.0, "<=" },
				new Object[] { "save a contact", "p95", 60.0, "<=" },
				new Object[] { "statewide statistics (ministry)", "p95", 300.0, "<=" },
				new Object[] { "proof of use, all 54 municipalities", "p95", 1000.0, "<=" },
				new Object[] { "duplicate scan of all clients (SQL)", "p50", 60000.0, "<=" },
				new Object[] { "mixed 80/20 read/write, 32 users", "throughput", 800.0, ">=" },
				new Object[] { "mixed 80/20 read/write, 32 users", "p99", 250.0, "<=" },
				new Object[] { "mixed 80/20 read/write, 32 users", "errors", 0.0, "<=" },
				new Object[] { "fuzzy client search", "overP50", 5.0, "<=" },
				new Object[] { "my cases (list)", "overP50", 5.0, "<=" });
		static final List<String> FIGURES = List.of("p50", "p95", "p99", "throughput", "errors", "dbMsPerRequest",
				"sqlFloorP50", "overP50", "overDbP50");

		static void write(Path out, Map<String, Object> machine, List<List<Map<String, Object>>> runs) throws IOException {
			List<Map<String, Object>> summary = new ArrayList<>();
			for (Map<String, Object> first : runs.get(0)) {
				String name = (String) first.get("name");
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("name", name);
				for (String figure : FIGURES) {
					List<Double> values = new ArrayList<>();
					for (List<Map<String, Object>> run : runs) {
						run.stream().filter(s -> s.get("name").equals(name)).findFirst().ifPresent(s -> {
							Object v = switch (figure) {
								case "overP50" -> s.get("sqlFloorP50") == null ? null
										: ((Number) s.get("p50")).doubleValue() - ((Number) s.get("sqlFloorP50")).doubleValue();
								// everything but database execution: HTTP, framework, session, rendering, round trips
								case "overDbP50" -> s.get("dbMsPerRequest") == null || name.startsWith("mixed") ? null
										: ((Number) s.get("p50")).doubleValue() - ((Number) s.get("dbMsPerRequest")).doubleValue();
								default -> s.get(figure);
							};
							if (v instanceof Number n) {
								values.add(Math.round(n.doubleValue() * 100) / 100.0);
							}
						});
					}
					if (!values.isEmpty()) {
						values.sort(Double::compare);
						row.put(figure, Map.of("min", values.get(0), "median", values.get(values.size() / 2), "max",
								values.get(values.size() - 1)));
					}
				}
				summary.add(row);
			}
			List<Map<String, Object>> targets = new ArrayList<>();
			for (Object[] t : TARGETS) {
				summary.stream().filter(r -> r.get("name").equals(t[0])).findFirst().ifPresent(r -> {
					@SuppressWarnings("unchecked")
					Map<String, Double> v = (Map<String, Double>) r.get(t[1]);
					if (v != null) {
						targets.add(target(t[0] + " " + t[1], v.get("median"), (Double) t[2], (String) t[3]));
					}
				});
			}
			if (machine.get("startupMillis") != null) {
				targets.add(target("start-up ms", Double.parseDouble((String) machine.get("startupMillis")), 30000.0, "<="));
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> heap = (Map<String, Object>) machine.get("heap");
			if (heap.get("committedMb") != null) {
				targets.add(target("heap committed MB (-Xmx1g)", ((Number) heap.get("committedMb")).doubleValue(), 1024.0, "<="));
			}
			Map<String, Object> report = new LinkedHashMap<>();
			report.put("machine", machine);
			report.put("runs", runs);
			report.put("summary", summary);
			report.put("targets", targets);
			Files.createDirectories(out);
			Files.writeString(out.resolve("report.json"), Json.write(report));
			String md = markdown(machine, summary, targets, runs.size());
			Files.writeString(out.resolve("report.md"), md);
			System.out.println(md);
		}

		static Map<String, Object> target(String what, double measured, double target, String direction) {
			Map<String, Object> t = new LinkedHashMap<>();
			t.put("what", what);
			t.put("median", measured);
			t.put("target", direction + " " + target);
			t.put("ratio", Math.round(measured / Math.max(target, 1e-9) * 100) / 100.0);
			t.put("met", direction.equals("<=") ? measured <= target : measured >= target);
			return t;
		}

		static String markdown(Map<String, Object> machine, List<Map<String, Object>> summary,
				List<Map<String, Object>> targets, int runs) {
			StringBuilder md = new StringBuilder("# KIM benchmark\n\n");
			md.append("Clients: ").append(machine.get("clients")).append(" · cores: ").append(machine.get("cores"))
					.append(" · runs: ").append(runs).append(" · load average at the end: ")
					.append(String.format(Locale.ROOT, "%.1f", (Double) machine.get("loadAverageAtEnd")))
					.append(" · generate: ").append(machine.get("generateSeconds")).append(" s · start-up: ")
					.append(machine.get("startupMillis")).append(" ms\n\n");
			md.append("Figures in ms (throughput in requests/s) as median over the runs, [min–max] where runs differ.\n\n");
			md.append("| scenario | p50 | p95 | p99 | req/s | errors | SQL floor p50 | server over floor p50 | DB ms/request | p50 less DB time |\n");
			md.append("|---|---|---|---|---|---|---|---|---|---|\n");
			for (Map<String, Object> row : summary) {
				md.append("| ").append(row.get("name"));
				for (String figure : List.of("p50", "p95", "p99", "throughput", "errors", "sqlFloorP50", "overP50", "dbMsPerRequest", "overDbP50")) {
					md.append(" | ").append(cell(row.get(figure)));
				}
				md.append(" |\n");
			}
			md.append("\n| target | median | target | ratio | met |\n|---|---|---|---|---|\n");
			for (Map<String, Object> t : targets) {
				md.append("| ").append(t.get("what")).append(" | ").append(t.get("median")).append(" | ").append(t.get("target"))
						.append(" | ").append(t.get("ratio")).append(" | ").append(Boolean.TRUE.equals(t.get("met")) ? "yes" : "**no**")
						.append(" |\n");
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> heap = (Map<String, Object>) machine.get("heap");
			md.append("\nHeap (-Xmx1g): used before GC ").append(heap.get("usedBeforeGcMb")).append(" MB, after full GC ")
					.append(heap.get("usedAfterGcMb")).append(" MB, committed ").append(heap.get("committedMb")).append(" MB\n");
			return md.toString();
		}

		@SuppressWarnings("unchecked")
		static String cell(Object value) {
			if (!(value instanceof Map<?, ?> m)) {
				return "–";
			}
			Map<String, Double> v = (Map<String, Double>) m;
			String median = fmt(v.get("median"));
			return v.get("min").equals(v.get("max")) ? median : median + " [" + fmt(v.get("min")) + "–" + fmt(v.get("max")) + "]";
		}

		static String fmt(double d) {
			return d == Math.rint(d) && Math.abs(d) < 1e9 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
		}
	}

	/** Enough JSON for flat maps and lists of maps. */
	static final class Json {

		static String write(Object value) {
			if (value instanceof Map<?, ?> map) {
				StringBuilder sb = new StringBuilder("{");
				map.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":").append(write(v)));
				return sb.append('}').toString();
			}
			if (value instanceof List<?> list) {
				StringBuilder sb = new StringBuilder("[");
				list.forEach(v -> sb.append(sb.length() > 1 ? "," : "").append(write(v)));
				return sb.append(']').toString();
			}
			if (value instanceof Number || value instanceof Boolean) {
				return String.format(Locale.ROOT, "%s", value);
			}
			return value == null ? "null" : '"' + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
		}
	}
}
