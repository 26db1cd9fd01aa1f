import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: tr("Create a demo database: a team of engineers, tickets in Chinese and English over the last 30 days, KB articles."),
        discussion: tr("You are added to the team as an admin, so the console opens straight away. On a demo database anyone may use --as LOGIN."))
    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp(tr("How many tickets (1–5000000)."))) var tickets: Int = 2000
    @Option(help: ArgumentHelp(tr("How many engineers (2–1000)."))) var engineers: Int = 40
    @Option(help: ArgumentHelp(tr("Random seed; the same seed gives the same data."))) var seed: UInt64 = 2026
    @Flag(help: ArgumentHelp(tr("Replace the database file if it already holds tickets."))) var force = false

    func validate() throws {
        guard (1...5_000_000).contains(tickets) else { throw ValidationError(tr("--tickets must be between 1 and 5000000")) }
        guard (2...1000).contains(engineers) else { throw ValidationError(tr("--engineers must be between 2 and 1000")) }
    }

    func run() throws {
        let path = try Session.databasePath(options)
        try prepareFile(at: path)
        // Built beside the target and renamed into place when complete: a demo killed half-way
        // leaves no half-filled database behind, and running it again starts afresh.
        let staging = path + ".importing"
        if Self.removeFiles(staging) {
            FileHandle.standardError.write(Data("helpdesk: \(tr("an earlier demo into %@ was interrupted; starting it again", path))\n".utf8))
        }
        let started = Date()
        Interruption.install()
        let progress = ProgressLine(total: tickets, unit: "tickets", phase: "demo")
        let summary: (engineers: Int, articles: Int, me: String)
        do {
            summary = try build(at: staging, for: path, started: started, progress: progress)
            progress.finish()
        } catch let interrupted as Interrupted {
            progress.finish()
            Self.removeFiles(staging)
            throw interrupted
        } catch {
            progress.finish()
            throw error
        }
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: staging + suffix) {
            _ = Self.removeFiles(path + suffix)
            guard rename(staging + suffix, path + suffix) == 0 else {
                throw CLIError("cannot move the finished demo database into \(path): \(String(cString: strerror(errno)))")
            }
        }
        let seconds = Date().timeIntervalSince(started)
        let size = ["", "-wal"].reduce(0) { sum, suffix in
            sum + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
        print(tr("demo database %@: %@ tickets, %@ engineers, %@ KB articles", path, tickets, summary.engineers, summary.articles))
        print(tr("took %@ s (%@ tickets/s), file %@ MB; you are %@ (admin)", String(format: "%.1f", seconds),
                 String(format: "%.0f", Double(tickets) / seconds), String(format: "%.1f", Double(size) / 1_048_576), summary.me))

    }

    /// Fills a new database at `path` (the staging file for `target`); the store is closed (its log folded into the file) on return.
    private func build(at path: String, for target: String, started: Date, progress: ProgressLine) throws -> (engineers: Int, articles: Int, me: String) {
        let store = try HelpdeskStore(path: path)
        let generator = DemoGenerator(now: started, seed: seed, engineerCount: engineers, workflow: Workflow(rules: try store.priorityRules()))
        var team = generator.engineers()
        let me = SystemUser.login()
        if !team.contains(where: { $0.login == me }) {
            team.append(Engineer(login: me, name: me, role: .admin, tier: .l1, skills: Set(Category.allCases), loadCap: 20))
        }
        for demoTeam in generator.teams() { try store.addTeam(demoTeam, by: .system, at: started) }
        for engineer in team { try store.addEngineer(engineer, by: .system) }
        try store.saveRoster(generator.roster(for: team), by: .system, at: started)
        try store.setDemo(true)
        for article in generator.articles() {
            _ = try store.addArticle(title: article.title, body: article.body, category: article.category,
                                     tags: article.tags, author: team[0].login, at: started)
        }
        for template in generator.replyTemplates() {
            try store.addReplyTemplate(title: template.title, body: template.body, by: Actor(team[0]), at: started)
        }
        let batch = 10_000
        try store.bulkImport({ importer in
            for start in stride(from: 0, to: tickets, by: batch) {
                try Interruption.check(tr("after %@ of %@ tickets; no demo database was written (%@ is as it was); run it again to start afresh", start, tickets, target))
                let records = generator.tickets(start..<min(tickets, start + batch), team: team)
                _ = try importer.add(records)
                progress.update(done: start + records.count)
            }
        }, rebuilding: { progress.setPhase("demo: building indexes") })
        try addSurveys(generator, store: store, login: me, at: started)
        return (team.count, generator.articles().count, me)
    }

    /// Survey answers for the recently resolved tickets (at most 2,000 of them), so reports show satisfaction.
    private func addSurveys(_ generator: DemoGenerator, store: HelpdeskStore, login: String, at now: Date) throws {
        let page = try store.queue(QueueQuery(view: .resolved, login: login, sort: .id, limit: 2000, now: now))
        _ = try store.importSurveys(generator.surveys(for: page.rows.map(\.id)), by: .system, at: now)
    }

    /// Removes a database file and its WAL and shared-memory files; true when there was one.
    @discardableResult
    static func removeFiles(_ path: String) -> Bool {
        var found = false
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            found = true
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
        return found
    }

    /// Refuses to mix demo data into a database that holds tickets, unless --force replaces it.
    private func prepareFile(at path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let existing = try HelpdeskStore(path: path)
        let count = try existing.ticketCount()
        let hasTeam = try !existing.engineers().isEmpty
        guard count > 0 || hasTeam else { return }
        guard force else {
            throw CLIError(tr("%@ already holds %@ tickets; choose another file with --db PATH, or replace it with --force", path, count))
        }
        Self.removeFiles(path)
    }
}
