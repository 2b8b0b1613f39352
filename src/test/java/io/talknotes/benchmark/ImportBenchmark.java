package io.talknotes.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.talknotes.RunningApplication;
import io.talknotes.benchmark.ImportFlow.Applied;
import io.talknotes.benchmark.ImportFlow.Counts;
import io.talknotes.benchmark.ImportFlow.Preview;
import io.talknotes.benchmark.ScheduleGenerator.Revision;
import io.talknotes.imports.Schedule;

/**
 * Times importing a schedule of 1,000 sessions over HTTP, as an editor does it: upload
 * the file to {@code /import} and read the preview, apply it and reload the page that
 * shows the progress until it shows the result. For each file format, in a fresh data
 * directory: the first import, the same file again (which must change nothing) and a
 * later version of the file (about 10% of the sessions moved or renamed, 3% removed).
 * Each import is checked against the file, on its pages and in the database, and any
 * difference stops the benchmark. Writes {@code target/benchmark/import-results.md}.
 *
 * <p>
 * Usage: {@code ImportBenchmark [sessions] [rounds]} (default 1,000 sessions, 3 rounds).
 * Run it with {@code -Xmx512m}, as {@code benchmarks/import-benchmark.sh} does.
 */
public final class ImportBenchmark {

	static final Path ROOT = SearchBenchmark.ROOT.resolve("import");

	static final Path RESULTS = SearchBenchmark.ROOT.resolve("import-results.md");

	/** A file format and how a schedule is written in it. */
	enum Format {

		JSON("schedule.json", "frab JSON", ScheduleGenerator::json),
		ICALENDAR("schedule.ics", "iCalendar (Sched)", ScheduleGenerator::ics);

		private final String fileName;

		private final String label;

		private final Function<Schedule, String> writer;

		Format(String fileName, String label, Function<Schedule, String> writer) {
			this.fileName = fileName;
			this.label = label;
			this.writer = writer;
		}

		String label() {
			return this.label;
		}

		byte[] write(Schedule schedule) {
			return this.writer.apply(schedule).getBytes(StandardCharsets.UTF_8);
		}

	}

	/** An import of a round, in the order they run. */
	enum Step {

		FIRST("first import"), SAME("same file again"), CHANGED("changed file");

		private final String label;

		Step(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

	private final Schedule schedule;

	private final Revision revision;

	private final int sessions;

	private final ImportFigures figures = new ImportFigures();

	private ImportBenchmark(int sessions) {
		ScheduleGenerator generator = new ScheduleGenerator(SearchBenchmark.SEED);
		this.sessions = sessions;
		this.schedule = generator.schedule(sessions);
		this.revision = generator.revise(this.schedule);
	}

	public static void main(String[] args) throws IOException {
		int sessions = (args.length > 0) ? SearchBenchmark.parseSize(args[0]) : 1000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		ImportBenchmark benchmark = new ImportBenchmark(sessions);
		String failure = null;
		try {
			benchmark.describe(rounds);
			for (int round = 1; round <= rounds; round++) {
				for (Format format : Format.values()) {
					benchmark.round(round, format);
				}
			}
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			failure = ex.toString().replace('\n', ' ');
		}
		String report = benchmark.figures.markdown(failure);
		Files.createDirectories(RESULTS.getParent());
		Files.writeString(RESULTS, report);
		System.out.println(report);
		System.exit((failure != null) ? 1 : 0);
	}

	private void describe(int rounds) {
		this.figures.note(String.format(Locale.ROOT,
				"%,d sessions over %d days in %d rooms: %,d speakers, %,d companies; %,d KB as frab JSON, %,d KB"
						+ " as iCalendar. Changed file: %s.",
				this.sessions, days(), rooms(), ScheduleGenerator.speakerCount(this.schedule),
				ScheduleGenerator.companyCount(this.schedule), Format.JSON.write(this.schedule).length / 1024,
				Format.ICALENDAR.write(this.schedule).length / 1024, this.revision));
		this.figures.note(String.format(Locale.ROOT,
				"%d rounds; in each, each file format in a fresh data directory and a fresh application, all in"
						+ " one JVM (%s, %d processors, heap up to %d MB).",
				rounds, System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024 * 1024)));
	}

	private void round(int round, Format format) throws IOException {
		Path dataDir = ROOT.resolve("round-" + round + "-" + format.name().toLowerCase(Locale.ROOT))
			.resolve("data")
			.toAbsolutePath();
		deleteRecursively(dataDir);
		try (RunningApplication app = start(dataDir)) {
			ImportFlow flow = ImportFlow.asAdmin(app);
			ImportedRows rows = new ImportedRows(app.bean(DataSource.class));
			String conference = first(round, format, flow, rows);
			same(round, format, flow, rows, conference);
			changed(round, format, flow, rows, conference);
		}
	}

	private String first(int round, Format format, ImportFlow flow, ImportedRows rows) {
		String load = ImportFigures.loadAverage();
		Preview preview = flow.preview(format.fileName, format.write(this.schedule));
		Counts everyTalkNew = new Counts(this.sessions, 0, 0, 0, 0, null);
		expect("the first preview's counts", everyTalkNew.numbers(), preview.counts().numbers());
		Applied applied = flow.apply(preview);
		long search = flow.untilFound(this.schedule.sessions().get(this.sessions - 1).title());
		this.figures.add(round, format, Step.FIRST, load, preview, applied, search);
		expect("the first result's counts", everyTalkNew.numbers(), applied.counts().numbers());
		String conference = applied.counts().conference();
		expect("talks after the first import", this.sessions, rows.talks(conference, false));
		expect("speakers of its talks", ScheduleGenerator.speakerCount(this.schedule), rows.speakers(conference));
		// frab files name no companies; Sched's summaries do
		int companies = (format == Format.ICALENDAR) ? ScheduleGenerator.companyCount(this.schedule) : 0;
		expect("companies of its talks", companies, rows.companies(conference));
		return conference;
	}

	private void same(int round, Format format, ImportFlow flow, ImportedRows rows, String conference) {
		String before = rows.fingerprint(conference);
		String load = ImportFigures.loadAverage();
		Preview preview = flow.preview(format.fileName, format.write(this.schedule));
		expect("the preview of the same file says nothing changes", true, preview.nothingToChange());
		Applied applied = flow.apply(preview);
		this.figures.add(round, format, Step.SAME, load, preview, applied, -1);
		expect("the same file's result", new Counts(0, 0, 0, 0, this.sessions, null).numbers(),
				applied.counts().numbers());
		expect("the database after importing the same file again", before, rows.fingerprint(conference));
	}

	private void changed(int round, Format format, ImportFlow flow, ImportedRows rows, String conference) {
		int formerSlugs = rows.formerTalkSlugs();
		String load = ImportFigures.loadAverage();
		Preview preview = flow.preview(format.fileName, format.write(this.revision.schedule()));
		int changed = this.revision.changed();
		int removed = this.revision.removed();
		Counts expected = new Counts(0, changed, removed, 0, this.sessions - changed - removed, null);
		expect("the changed file's preview", expected.numbers(), preview.counts().numbers());
		Applied applied = flow.apply(preview);
		long search = flow.untilFound(renamedTitle());
		this.figures.add(round, format, Step.CHANGED, load, preview, applied, search);
		expect("the changed file's result", expected.numbers(), applied.counts().numbers());
		expect("talks on the schedule after it", this.sessions - removed, rows.talks(conference, false));
		expect("talks cancelled by it", removed, rows.talks(conference, true));
		expect("old slugs of the talks it renamed", formerSlugs + this.revision.renamed(), rows.formerTalkSlugs());
	}

	/** The new title of the last session the changed file renames. */
	private String renamedTitle() {
		Map<String, String> before = new HashMap<>();
		this.schedule.sessions().forEach((session) -> before.put(session.uid(), session.title()));
		return this.revision.schedule()
			.sessions()
			.stream()
			.filter((session) -> !session.title().equals(before.get(session.uid())))
			.reduce((first, second) -> second)
			.orElseThrow()
			.title();
	}

	private static void expect(String what, Object expected, Object actual) {
		if (!Objects.equals(expected, actual)) {
			throw new IllegalStateException("Wrong " + what + ": expected " + expected + ", found " + actual);
		}
	}

	private int days() {
		return (int) this.schedule.sessions()
			.stream()
			.map((session) -> session.startsAt().atZone(ScheduleGenerator.ZONE).toLocalDate())
			.distinct()
			.count();
	}

	private int rooms() {
		return (int) this.schedule.sessions().stream().map((session) -> session.room()).distinct().count();
	}

	private static RunningApplication start(Path dataDir) {
		return RunningApplication.start(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--talknotes.data-dir=" + dataDir, "--logging.level.org.hibernate.search=warn"));
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
