import Foundation
import HelpdeskCore
import HelpdeskStore

/// Bulk ticket creation through the store (`bulkImport`) against the sqlite3 floor, on the same rows.
///
/// Each batch of 10,000 demo records is generated (not timed), handed to the store's importer
/// (timed), encoded for the floor (not timed) and written by the floor's bare loop (timed) into
/// a second database. The store's time also includes what `bulkImport` does around the batches:
/// setting the queue indexes aside and rebuilding them and the counters at the end.
struct CreationBench {
    let tickets: Int
    let folder: String

    struct Outcome {
        var storeSeconds: Double
        /// Of the store's time, what setting the indexes aside and rebuilding them took.
        var rebuildSeconds: Double
        /// Untimed: preparing the floor's values in Swift (deadlines, search text), which the store does inside its time.
        var encodeSeconds: Double
        var floorSeconds: Double
        var generatorSeconds: Double
    }

    func run() throws -> Outcome {
        let storePath = folder + "/creation-store.sqlite"
        let floorPath = folder + "/creation-floor.sqlite"
        for path in [storePath, floorPath] { removeDatabase(path) }
        defer { for path in [storePath, floorPath] { removeDatabase(path) } }

        let team = DataSet.team()
        let store = try HelpdeskStore(path: storePath)
        try store.addEngineers(team, teams: DataSet.teams(), by: .system, at: DataSet.now)
        do {
            let schema = try HelpdeskStore(path: floorPath)
            try schema.addEngineers(team, teams: DataSet.teams(), by: .system, at: DataSet.now)
        }
        let floor = try SQLiteFloor(path: floorPath)
        var rows = FloorRows(sla: try store.slaConfiguration())
        let generator = DemoGenerator(now: DataSet.now, seed: DataSet.seed, engineerCount: DataSet.engineerCount,
                                      workflow: Workflow(rules: try store.priorityRules()))

        var encodeSeconds = 0.0
        var storeBatches = 0.0, floorSeconds = 0.0, generatorSeconds = 0.0, inside = 0.0
        let batch = 10_000
        let started = Samples.now()
        try store.bulkImport { importer in
            let entered = Samples.now()
            for start in stride(from: 0, to: tickets, by: batch) {
                var t = Samples.now()
                let records = generator.tickets(start..<min(tickets, start + batch), team: team)
                generatorSeconds += Samples.now() - t
                t = Samples.now()
                try importer.add(records)
                storeBatches += Samples.now() - t
                let e0 = Samples.now()
                let encoded = rows.encode(records)
                encodeSeconds += Samples.now() - e0
                floorSeconds += try floor.insert(encoded)
            }
            inside = Samples.now() - entered
        }
        let storeSeconds = storeBatches + (Samples.now() - started - inside)
        let stored = try store.ticketCount()
        guard stored == tickets else { throw BenchError("the store holds \(stored) tickets after importing \(tickets)") }
        return Outcome(storeSeconds: storeSeconds, rebuildSeconds: storeSeconds - storeBatches, encodeSeconds: encodeSeconds, floorSeconds: floorSeconds, generatorSeconds: generatorSeconds)
    }

    private func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

/// A benchmark that could not run as planned; the message says what went wrong.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
