package io.talknotes.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.talknotes.imports.Schedule;
import io.talknotes.imports.ScheduleFileWriter;
import io.talknotes.imports.ScheduledSession;
import io.talknotes.imports.ScheduledSpeaker;

/**
 * Writes a realistic conference schedule of any number of sessions, and a later version
 * of it, for the import benchmark: four or so days, a keynote block each morning in the
 * main hall, then breakout sessions in about twenty rooms, sixteen tracks, one to three
 * speakers per session (some speak more than once), companies drawn with a Zipf skew, and
 * abstracts of a few hundred characters. Session GUIDs are stable UUIDs. Files are
 * written by {@link ScheduleFileWriter}: a frab/pretalx {@code schedule.json} and a Sched
 * iCalendar export ("Title - Speaker A &amp; Speaker B, Company"). Deterministic for a
 * given seed.
 *
 * <p>
 * Usage: {@code ScheduleGenerator [sessions] [folder]} writes {@code schedule.json},
 * {@code schedule.ics} and their later versions {@code schedule-changed.*} (default 1,000
 * sessions, under {@code target/benchmark/import/files}), to try by hand at
 * {@code /import}.
 */
final class ScheduleGenerator {

	static final String TITLE = "Cloud Native Days Europe 2031";

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final LocalDate FIRST_DAY = LocalDate.of(2031, 3, 18);

	private static final int SESSIONS_PER_DAY = 250;

	private static final int KEYNOTES_PER_DAY = 5;

	private static final int BREAKOUT_SLOTS = 12;

	/** The most sessions one person speaks at. */
	private static final int MOST_SESSIONS = 3;

	private static final String[] TRACKS = { "Application Development", "CI/CD", "Cloud Native Experience",
			"Customizing + Extending Kubernetes", "Data Processing + Storage", "Emerging + Advanced",
			"Machine Learning + Data", "Networking", "Observability", "Operations + Performance",
			"Platform Engineering", "Security + Identity + Policy", "Serverless", "Service Mesh", "Case Studies",
			"Community" };

	/** Session types with how often they occur, out of 100; keynotes are placed apart. */
	private static final String[] TYPES = { "Breakout Session", "Lightning Talk", "Panel Discussion", "Tutorial",
			"Project Update" };

	private static final int[] TYPE_WEIGHTS = { 70, 10, 8, 6, 6 };

	private static final String[] FIRST_NAMES = { "Aisha", "Alejandro", "Amara", "Ana", "Andrei", "Anjali", "Arjun",
			"Astrid", "Bao", "Beatriz", "Camille", "Carlos", "Chen", "Chiara", "Daniel", "Deepika", "Diego", "Elena",
			"Emeka", "Emma", "Fatima", "Felix", "Freya", "Gabriel", "Hana", "Hiroshi", "Ingrid", "Isabel", "Jakub",
			"James", "Javier", "Jin", "José", "Julia", "Kai", "Karthik", "Katarzyna", "Kenji", "Lars", "Leila", "Liam",
			"Lucía", "Mateo", "Maya", "Mehmet", "Mei", "Mohammed", "Nadia", "Naveen", "Nikolai", "Noah", "Olga", "Omar",
			"Pablo", "Priya", "Rafael", "Rahul", "Ravi", "Rosa", "Ryan", "Sakura", "Samuel", "Sara", "Sebastian",
			"Siddharth", "Sofia", "Sven", "Tamar", "Thomas", "Valentina", "Wei", "Yara", "Yusuf", "Zoë", "Zhang" };

	private static final String[] LAST_NAMES = { "Abubakar", "Andersen", "Bauer", "Bianchi", "Brown", "Castillo",
			"Chatterjee", "Costa", "Dubois", "Eriksson", "Fernández", "Fischer", "García", "Gonzalez", "Gupta",
			"Haddad", "Hansen", "Hernández", "Ibrahim", "Ivanova", "Jansen", "Kaur", "Kim", "Kowalski", "Kumar",
			"Larsen", "Lee", "Li", "Lindqvist", "Liu", "Lopez", "Martin", "Meyer", "Moreau", "Müller", "Nakamura",
			"Nguyen", "Novak", "O'Brien", "Okafor", "Olsen", "Park", "Patel", "Pereira", "Petrov", "Popescu", "Quinn",
			"Rahman", "Reddy", "Rossi", "Sato", "Schmidt", "Shah", "Silva", "Singh", "Smith", "Suzuki", "Tanaka",
			"Taylor", "Thompson", "Tran", "van der Berg", "van Dijk", "Varga", "Wagner", "Wang", "Weber", "Williams",
			"Wong", "Yamamoto", "Yilmaz", "Zhou", "de Vries", "Al-Sayed", "Jean-Baptiste" };

	/** The companies most speakers come from, most frequent first. */
	private static final String[] BIG_COMPANIES = { "Google", "Red Hat", "Microsoft", "VMware", "Amazon Web Services",
			"IBM", "Isovalent", "Datadog", "Grafana Labs", "Apple", "Intel", "Cisco", "Snap, Inc.", "SUSE", "Canonical",
			"Elastic", "Spotify", "Adobe", "Bloomberg", "Mercedes-Benz Tech Innovation", "ING", "Adidas", "Lyft",
			"Airbnb", "Reddit", "Shopify", "Alibaba Cloud", "JD.com", "Huawei", "Ericsson", "Nokia", "Deutsche Telekom",
			"Booking.com", "Zalando", "Uber", "Netflix", "Solo.io", "Buoyant", "Tetrate", "Chainguard" };

	/** How many other, smaller companies there are, each rarely seen. */
	private static final int SMALL_COMPANIES = 360;

	private static final String[] SMALL_SUFFIXES = { "Labs", "Systems", "Cloud", "Technologies", "Software", "GmbH",
			"Networks", "Data" };

	private static final String[] ROOMS = { "Hall 1", "Auditorium", "Room A", "Room B", "Room C", "Room D", "Room E",
			"Room F", "Room G", "Elicium 1", "Elicium 2", "Forum", "G102", "G103", "G104", "G105", "E102", "E103",
			"E104", "E105", "D201", "D202", "D203", "D204", "Lounge", "Theatre" };

	private static final Pattern SENTENCE_START = Pattern.compile("(\\. )(\\p{Ll})");

	private final long seed;

	private final NoteText text;

	private final Zipf companyRanks;

	private final List<String> companies;

	ScheduleGenerator(long seed) {
		this.seed = seed;
		this.text = new NoteText(new Vocabulary(seed, 8000, 1.05));
		Random random = new Random(seed);
		this.companies = companies(random);
		this.companyRanks = new Zipf(this.companies.size(), 1.1);
	}

	public static void main(String[] args) throws IOException {
		int sessions = (args.length > 0) ? SearchBenchmark.parseSize(args[0]) : 1000;
		Path folder = (args.length > 1) ? Path.of(args[1]) : ImportBenchmark.ROOT.resolve("files");
		ScheduleGenerator generator = new ScheduleGenerator(SearchBenchmark.SEED);
		Schedule first = generator.schedule(sessions);
		Revision later = generator.revise(first);
		Files.createDirectories(folder);
		write(folder, "schedule", first);
		write(folder, "schedule-changed", later.schedule());
		System.out.printf("%d sessions, %d speakers, %d companies; later version: %s%n", sessions, speakerCount(first),
				companyCount(first), later);
	}

	private static void write(Path folder, String name, Schedule schedule) throws IOException {
		Files.writeString(folder.resolve(name + ".json"), json(schedule), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve(name + ".ics"), ics(schedule), StandardCharsets.UTF_8);
	}

	static String json(Schedule schedule) {
		return ScheduleFileWriter.frabJson(schedule);
	}

	static String ics(Schedule schedule) {
		return ScheduleFileWriter.ics(schedule);
	}

	/** A schedule of that many sessions. */
	Schedule schedule(int count) {
		Random random = new Random(this.seed + count);
		int days = Math.max(1, (count + SESSIONS_PER_DAY - 1) / SESSIONS_PER_DAY);
		int perDay = (count + days - 1) / days;
		int rooms = Math.min(ROOMS.length - 1,
				Math.max(1, (perDay - KEYNOTES_PER_DAY + BREAKOUT_SLOTS - 1) / BREAKOUT_SLOTS));
		Speakers speakers = new Speakers(random);
		List<ScheduledSession> sessions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int day = i / perDay;
			int inDay = i % perDay;
			sessions.add(session(random, i, FIRST_DAY.plusDays(day), inDay, rooms, speakers));
		}
		return new Schedule(TITLE, "cnd31", FIRST_DAY, FIRST_DAY.plusDays(days - 1), ZONE,
				"https://cloudnativedays.example.org/2031/", sessions);
	}

	private ScheduledSession session(Random random, int number, LocalDate day, int inDay, int rooms,
			Speakers speakers) {
		boolean keynote = inDay < KEYNOTES_PER_DAY;
		Instant start;
		Duration length;
		String room;
		if (keynote) {
			start = day.atTime(9, 0).plusMinutes(15L * inDay).atZone(ZONE).toInstant();
			length = Duration.ofMinutes(15);
			room = ROOMS[0];
		}
		else {
			int breakout = inDay - KEYNOTES_PER_DAY;
			int slot = (breakout / rooms) % BREAKOUT_SLOTS;
			// Past the last slot (only in a day of over 300 sessions) the slots start
			// again: rooms are double-booked rather than running into the night
			start = day.atTime(10, 45).plusMinutes(45L * slot).atZone(ZONE).toInstant();
			room = ROOMS[1 + breakout % rooms];
			length = Duration.ofMinutes(35);
		}
		String type = keynote ? "Keynote" : type(random);
		if (type.equals("Lightning Talk")) {
			length = Duration.ofMinutes(5);
		}
		else if (type.equals("Tutorial")) {
			length = Duration.ofMinutes(80);
		}
		String track = keynote ? "Keynote Sessions" : TRACKS[random.nextInt(TRACKS.length)];
		String uid = guid(number);
		int speakerCount = type.equals("Panel Discussion") ? 3 : 1 + pick(random, 62, 30, 8);
		String description = random.nextBoolean() ? paragraph(random, 600) + "\n\n" + paragraph(random, 400) : null;
		return new ScheduledSession(uid, this.text.title(random), null, type, track, room, start, start.plus(length),
				paragraph(random, 320), description, speakers.next(random, speakerCount),
				"https://cloudnativedays.example.org/2031/session/" + uid.substring(0, 8), null, null);
	}

	/**
	 * A later version of the schedule, as organisers publish a week before the
	 * conference: about 5% of the sessions swapped their time and room in pairs, about 5%
	 * renamed, and about 3% removed; the others are as they were.
	 */
	Revision revise(Schedule schedule) {
		Random random = new Random(this.seed * 31 + schedule.sessions().size());
		List<ScheduledSession> sessions = new ArrayList<>(schedule.sessions());
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < sessions.size(); i++) {
			order.add(i);
		}
		Collections.shuffle(order, random);
		int moved = (int) Math.round(sessions.size() * 0.05) / 2 * 2;
		int renamed = (int) Math.round(sessions.size() * 0.05);
		int removed = (int) Math.round(sessions.size() * 0.03);
		for (int k = 0; k < moved; k += 2) {
			int a = order.get(k);
			int b = order.get(k + 1);
			ScheduledSession first = sessions.get(a);
			ScheduledSession second = sessions.get(b);
			sessions.set(a, at(first, second));
			sessions.set(b, at(second, first));
		}
		for (int k = moved; k < moved + renamed; k++) {
			int i = order.get(k);
			sessions.set(i, retitled(sessions.get(i), this.text.title(random)));
		}
		Set<Integer> gone = new HashSet<>(order.subList(moved + renamed, moved + renamed + removed));
		List<ScheduledSession> kept = new ArrayList<>();
		for (int i = 0; i < sessions.size(); i++) {
			if (!gone.contains(i)) {
				kept.add(sessions.get(i));
			}
		}
		Schedule later = new Schedule(schedule.title(), schedule.acronym(), schedule.startsOn(), schedule.endsOn(),
				schedule.timeZone(), schedule.url(), kept);
		return new Revision(later, moved, renamed, removed);
	}

	/**
	 * A later version of a schedule and how it differs.
	 *
	 * @param moved sessions at another time or in another room
	 * @param renamed sessions with another title
	 * @param removed sessions no longer in it
	 */
	record Revision(Schedule schedule, int moved, int renamed, int removed) {

		/** Sessions of both versions that differ. */
		int changed() {
			return this.moved + this.renamed;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%d sessions, %d moved, %d renamed, %d removed",
					this.schedule.sessions().size(), this.moved, this.renamed, this.removed);
		}

	}

	/** How many different speakers the schedule names, by name ignoring case. */
	static int speakerCount(Schedule schedule) {
		return (int) schedule.sessions()
			.stream()
			.flatMap((session) -> session.speakers().stream())
			.map((speaker) -> speaker.name().toLowerCase(Locale.ROOT))
			.distinct()
			.count();
	}

	/** How many different companies the schedule names, by name ignoring case. */
	static int companyCount(Schedule schedule) {
		return (int) schedule.sessions()
			.stream()
			.flatMap((session) -> session.speakers().stream())
			.filter((speaker) -> speaker.company() != null)
			.map((speaker) -> speaker.company().toLowerCase(Locale.ROOT))
			.distinct()
			.count();
	}

	/** The session in the other one's room, starting when it did, as long as before. */
	private static ScheduledSession at(ScheduledSession s, ScheduledSession other) {
		Instant end = other.startsAt().plus(Duration.between(s.startsAt(), s.endsAt()));
		return new ScheduledSession(s.uid(), s.title(), s.subtitle(), s.type(), s.track(), other.room(),
				other.startsAt(), end, s.abstractText(), s.description(), s.speakers(), s.scheduleUrl(), s.slidesUrl(),
				s.videoUrl());
	}

	private static ScheduledSession retitled(ScheduledSession s, String title) {
		String changed = title.equals(s.title()) ? title + ", revisited" : title;
		return new ScheduledSession(s.uid(), changed, s.subtitle(), s.type(), s.track(), s.room(), s.startsAt(),
				s.endsAt(), s.abstractText(), s.description(), s.speakers(), s.scheduleUrl(), s.slidesUrl(),
				s.videoUrl());
	}

	/** A stable GUID for the session, as pretalx gives one. */
	private String guid(int number) {
		return UUID.nameUUIDFromBytes((this.seed + "/" + number).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** Prose of about that many characters (log-normal around it), in whole sentences. */
	private String paragraph(Random random, int median) {
		int target = (int) Math.round(median * Math.exp(0.35 * random.nextGaussian()));
		StringBuilder paragraph = new StringBuilder();
		while (paragraph.length() < target) {
			if (paragraph.length() > 0) {
				paragraph.append(' ');
			}
			paragraph.append(this.text.abstractText(random));
		}
		return SENTENCE_START.matcher(NoteText.capitalized(paragraph.toString()))
			.replaceAll((start) -> start.group(1) + NoteText.capitalized(start.group(2)));
	}

	private static String type(Random random) {
		return TYPES[pick(random, TYPE_WEIGHTS)];
	}

	/** An index drawn with these weights. */
	private static int pick(Random random, int... weights) {
		int draw = random.nextInt(Arrays.stream(weights).sum());
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static List<String> companies(Random random) {
		Set<String> names = new LinkedHashSet<>(List.of(BIG_COMPANIES));
		while (names.size() < BIG_COMPANIES.length + SMALL_COMPANIES) {
			names.add(NoteText.capitalized(Vocabulary.madeUpWord(random)) + " "
					+ SMALL_SUFFIXES[random.nextInt(SMALL_SUFFIXES.length)]);
		}
		return List.copyOf(names);
	}

	/**
	 * The people who speak: most sessions bring new speakers, some speakers are back for
	 * a second or third session, co-speakers often work at the same company, and one in
	 * twenty speaks for no company.
	 */
	private final class Speakers {

		private final List<ScheduledSpeaker> known = new ArrayList<>();

		private final Set<String> names = new HashSet<>();

		private final Map<String, Integer> sessions = new HashMap<>();

		private final Random random;

		Speakers(Random random) {
			this.random = random;
		}

		List<ScheduledSpeaker> next(Random random, int count) {
			List<ScheduledSpeaker> speakers = new ArrayList<>();
			while (speakers.size() < count) {
				ScheduledSpeaker speaker = null;
				if (!this.known.isEmpty() && random.nextInt(100) < 12) {
					ScheduledSpeaker back = this.known.get(random.nextInt(this.known.size()));
					speaker = (this.sessions.get(back.name()) < MOST_SESSIONS) ? back : null;
				}
				if (speaker == null) {
					String company = (!speakers.isEmpty() && random.nextInt(100) < 40) ? speakers.get(0).company()
							: company();
					speaker = fresh(company);
				}
				String name = speaker.name();
				if (speakers.stream().noneMatch((s) -> s.name().equals(name))) {
					speakers.add(speaker);
					this.sessions.merge(name, 1, Integer::sum);
				}
			}
			return speakers;
		}

		private ScheduledSpeaker fresh(String company) {
			String name;
			do {
				// One in six has a middle name: about 900,000 names in all
				String middle = (this.random.nextInt(6) == 0)
						? FIRST_NAMES[this.random.nextInt(FIRST_NAMES.length)] + " " : "";
				name = FIRST_NAMES[this.random.nextInt(FIRST_NAMES.length)] + " " + middle
						+ LAST_NAMES[this.random.nextInt(LAST_NAMES.length)];
			}
			while (!this.names.add(name));
			ScheduledSpeaker speaker = new ScheduledSpeaker(name, company);
			this.known.add(speaker);
			this.sessions.put(name, 0);
			return speaker;
		}

		private String company() {
			if (this.random.nextInt(20) == 0) {
				return null;
			}
			return ScheduleGenerator.this.companies.get(ScheduleGenerator.this.companyRanks.next(this.random));
		}

	}

	/** Ranks from 0 drawn with a Zipf law: rank r with weight 1 / (r + 1)^exponent. */
	private static final class Zipf {

		private final double[] cumulative;

		Zipf(int size, double exponent) {
			this.cumulative = new double[size];
			double sum = 0;
			for (int i = 0; i < size; i++) {
				sum += 1 / Math.pow(i + 1, exponent);
				this.cumulative[i] = sum;
			}
			for (int i = 0; i < size; i++) {
				this.cumulative[i] /= sum;
			}
		}

		int next(Random random) {
			int index = Arrays.binarySearch(this.cumulative, random.nextDouble());
			return Math.min((index < 0) ? -index - 1 : index, this.cumulative.length - 1);
		}

	}

}
