import Foundation
import GRDB
import HelpdeskCore
import HelpdeskStore

/// A benchmark database of a given size, built once and kept in the cache folder.
///
/// Built from `DemoGenerator` (500 engineers, tickets with their comments, events and time
/// entries, every change made through the workflow) loaded by `HelpdeskStore.bulkImport`, plus
/// 50,000 knowledge-base articles. The file name carries the size and a digest of the schema,
/// so a database built by an older schema is never reused.
struct DataSet {
    /// The instant the demo history ends; in-process measures use it as "now", so results do not drift with the date.
    static let now = Date(timeIntervalSince1970: 1_780_279_200)  // 2026-06-01 10:00 Beijing time
    static let engineerCount = 500
    static let seed: UInt64 = 2026
    /// Bump when the generated content changes, so cached databases are rebuilt.
    static let contentVersion = 1

    let tickets: Int
    let articles: Int
    let path: String

    /// How a build went; nil when the database came from the cache.
    struct BuildTimes {
        var generatorSeconds: Double
        var importSeconds: Double
        var articleSeconds: Double
        var totalSeconds: Double
    }

    /// The cached database for `tickets`, building it first when missing.
    static func prepare(tickets: Int, articles: Int, folder: String, log: (String) -> Void) throws -> (DataSet, BuildTimes?) {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let name = "helpdesk-\(tickets)t-\(articles)a-\(try schemaDigest())-c\(contentVersion).sqlite"
        let set = DataSet(tickets: tickets, articles: articles, path: folder + "/" + name)
        if FileManager.default.fileExists(atPath: set.path) { return (set, nil) }
        log("building \(name) …")
        let partial = set.path + ".building"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: partial + suffix) }
        let times = try build(at: partial, tickets: tickets, articles: articles, log: log)
        try FileManager.default.moveItem(atPath: partial, toPath: set.path)
        return (set, times)
    }

    /// The team of the data set, as the generator makes it.
    static func team() -> [Engineer] {
        DemoGenerator(now: now, seed: seed, engineerCount: engineerCount).engineers()
    }

    /// The teams the generator's engineers belong to.
    static func teams() -> [Team] {
        DemoGenerator(now: now, seed: seed, engineerCount: engineerCount).teams()
    }

    /// Reads the file once so that it sits in the OS page cache: the in-process measures are of a
    /// console whose database the system has cached (a cold cache is measured on its own, by the
    /// cold-start row). Also undoes that measure's eviction for whatever runs next.
    func warmUp() {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        while let chunk = try? handle.read(upToCount: 8 << 20), !chunk.isEmpty {}
    }

    /// Total size of the database file and its WAL.
    var fileBytes: Int {
        ["", "-wal"].reduce(0) { sum, suffix in
            sum + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
    }

    private static func build(at path: String, tickets: Int, articles: Int, log: (String) -> Void) throws -> BuildTimes {
        let started = Samples.now()
        let store = try HelpdeskStore(path: path)
        let generator = DemoGenerator(now: now, seed: seed, engineerCount: engineerCount,
                                      workflow: Workflow(rules: try store.priorityRules()))
        let team = generator.engineers()
        try store.addEngineers(team, teams: generator.teams(), by: .system, at: now)
        try store.setDemo(true)

        let articleStart = Samples.now()
        for n in 0..<articles {
            let a = KBCorpus.article(n)
            _ = try store.addArticle(title: a.title, body: a.body, category: a.category, tags: a.tags, author: team[0].login,
                                     at: now.addingTimeInterval(-Double(articles - n) * 600))
        }
        let articleSeconds = Samples.now() - articleStart

        var generatorSeconds = 0.0
        var importSeconds = 0.0
        let batch = 10_000
        let importStart = Samples.now()
        try store.bulkImport { importer in
            for start in stride(from: 0, to: tickets, by: batch) {
                let began = Samples.now()
                let records = generator.tickets(start..<min(tickets, start + batch), team: team)
                generatorSeconds += Samples.now() - began
                try importer.add(records)
                if start % 100_000 == 0, start > 0 { log("  \(start) tickets …") }
            }
        }
        importSeconds = Samples.now() - importStart - generatorSeconds
        return BuildTimes(generatorSeconds: generatorSeconds, importSeconds: importSeconds,
                          articleSeconds: articleSeconds, totalSeconds: Samples.now() - started)
    }

    /// A short digest of the schema a fresh store creates (every CREATE statement and the version).
    static func schemaDigest() throws -> String {
        let store = try HelpdeskStore.temporary()
        let version = try store.schemaVersion()
        let queue = try DatabaseQueue(path: store.path)
        let sql = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name").joined(separator: ";")
        }
        // FNV-1a: stable across runs, unlike Swift's seeded Hasher.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in sql.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return "v\(version)-" + String(hash, radix: 16).prefix(8)
    }
}
