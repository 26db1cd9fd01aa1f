import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

/// The benchmark run: for each size, a cached data set and every measure; then the table and JSON.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Build (or reuse) the data sets and measure.",
        discussion: """
            Full runs want a release build: swift build -c release --product helpdesk && swift run -c release helpdesk-bench.
            The cold-start and memory measures start the helpdesk binary that sits beside this one.
            """)

    @Option(help: "Ticket counts of the data sets, comma-separated.") var sizes: String?
    @Flag(help: "Small data sets and few repetitions, for CI: checks that every measure runs; no timing verdicts.") var quick = false
    @Option(help: "Write the results as JSON to this file.") var json: String?
    @Option(help: "Folder for the data sets, kept between runs.") var dir: String = ".build/helpdesk-bench"
    @Option(help: "The helpdesk binary to start (default: beside this program).") var helpdesk: String?
    @Option(help: "Repetitions of each cheap operation (default 200, quick 3); expensive ones get a twentieth.") var iterations: Int?
    @Option(help: "Run only these groups, comma-separated: \(Self.groups.joined(separator: ", ")).") var only: String?

    /// "creation" first: it is the only group that needs no cached data set.
    static let groups = ["creation", "queue", "console", "assignment", "kb", "processes"]

    private func wants(_ group: String) -> Bool {
        only.map { $0.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == group } } ?? true
    }

    func validate() throws {
        if let sizes, parsedSizes(sizes) == nil {
            throw ArgumentParser.ValidationError("--sizes takes ticket counts such as 10000,100000,1000000")
        }
        if let only, let unknown = only.split(separator: ",").first(where: { !Self.groups.contains($0.trimmingCharacters(in: .whitespaces)) }) {
            throw ArgumentParser.ValidationError("--only: no group “\(unknown)”; the groups are \(Self.groups.joined(separator: ", "))")
        }
    }

    private func parsedSizes(_ text: String) -> [Int]? {
        let values = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")) }
        guard !values.isEmpty, values.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
        return values.compactMap { $0 }.sorted()
    }

    func run() throws {
        let settings = BenchSettings(quick: quick, iterationsOverride: iterations)
        let list = sizes.flatMap(parsedSizes) ?? (quick ? [2000] : [10_000, 100_000, 1_000_000])
        var report = BenchReport(date: ISO8601DateFormatter().string(from: Date()), mode: quick ? "quick" : "full", sizes: list,
                                 machine: .current())
        print("helpdesk-bench \(report.mode): \(list.map(BenchReport.sizeLabel).joined(separator: ", ")) tickets; \(report.machine.cores) cores, \(report.machine.cpu), load \(report.machine.loadAtStart)")
        let folder = (dir as NSString).standardizingPath
        let team = DataSet.team()
        guard let lead = team.first(where: { $0.role == .lead }) else { throw BenchError("the demo team has no lead") }
        var largest: DataSet?
        for size in list {
            print("\(BenchReport.sizeLabel(size)) tickets")
            if size <= 100_000, wants("creation") { try creation(size, folder: folder, into: &report) }
            guard Self.groups.dropFirst().contains(where: wants) else { continue }
            let (set, built) = try DataSet.prepare(tickets: size, articles: settings.articles, folder: folder) { print($0) }
            largest = set
            set.warmUp()
            if let built { addBuildTimes(built, size: size, into: &report) }
            report.add(BenchResult("database file size", tickets: size, value: Double(set.fileBytes) / 1_048_576, unit: "MB",
                                   target: .none, detail: "\(settings.articles) KB articles, \(DataSet.engineerCount) engineers"))
            let store = try HelpdeskStore(path: set.path)
            if wants("queue") { try QueueBench(store: store, tickets: size, settings: settings).run(into: &report) }
            if wants("console") { try ConsoleBench(store: store, tickets: size, settings: settings, lead: lead).run(into: &report) }
            if wants("assignment") { try AssignmentBench(store: store, tickets: size, settings: settings).run(into: &report) }
            if size == list.last, wants("kb") {
                try KBBench(store: store, articles: settings.articles, settings: settings).run(into: &report)
            }
        }
        if let set = largest, wants("processes") {
            print("processes on \(BenchReport.sizeLabel(set.tickets)) tickets")
            try ColdStartBench(helpdesk: helpdesk ?? ColdStartBench.defaultBinary(), database: set.path, lead: lead.login,
                               tickets: set.tickets, settings: settings).run(into: &report)
            try WriterBench(database: set.path, folder: folder, tickets: set.tickets, settings: settings).run(into: &report)
        }
        report.machine.loadAtEnd = MachineInfo.loadAverage()
        print("")
        print(report.table())
        print("load average: \(report.machine.loadAtStart) at start, \(report.machine.loadAtEnd ?? -1) at end (\(report.machine.cores) cores)")
        if let json {
            try report.writeJSON(to: json)
            print("wrote \(json)")
        }
        // Timing verdicts are for people to read; an error in the data is a failure in every mode.
        if report.results.contains(where: { $0.unit == "errors" && $0.value > 0 }) {
            throw ExitCode(1)
        }
    }

    private func addBuildTimes(_ t: DataSet.BuildTimes, size: Int, into report: inout BenchReport) {
        report.add(BenchResult("data set build: demo generator", tickets: size, value: t.generatorSeconds, unit: "s", target: .none,
                               detail: String(format: "%.0f tickets/s", Double(size) / t.generatorSeconds)))
        report.add(BenchResult("data set build: store bulk import", tickets: size, value: t.importSeconds, unit: "s", target: .none,
                               detail: String(format: "%.0f tickets/s, index rebuild included", Double(size) / t.importSeconds)))
        report.add(BenchResult("data set build: KB articles", tickets: size, value: t.articleSeconds, unit: "s", target: .none,
                               detail: "one addArticle transaction each; total build \(BenchResult.format(t.totalSeconds)) s"))
    }

    private func creation(_ size: Int, folder: String, into report: inout BenchReport) throws {
        let outcome = try CreationBench(tickets: size, folder: folder).run()
        let storeRate = Double(size) / outcome.storeSeconds
        let floorRate = Double(size) / outcome.floorSeconds
        report.add(BenchResult("bulk creation: store rate as share of the sqlite3 floor", tickets: size,
                               value: 100 * storeRate / floorRate, unit: "%", target: .atLeast(50),
                               detail: String(format: "store %.0f tickets/s (%.2f s, of which %.2f s index rebuild), floor %.0f tickets/s (%.2f s, values prepared beforehand in %.2f s); with comments, events, time entries",
                                              storeRate, outcome.storeSeconds, outcome.rebuildSeconds, floorRate, outcome.floorSeconds, outcome.encodeSeconds)))
    }
}
