import Foundation
import GRDB

/// A plain connection for backup, restore and check: no migration, so looking at a file never changes its schema.
enum MaintenanceConnection {
    static func open(_ path: String, busyTimeout: TimeInterval = 5) throws -> DatabaseQueue {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.label = "helpdesk-maintenance"
        config.prepareDatabase { db in db.add(tokenizer: NGramTokenizer.self) }
        do {
            return try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw StoreError.mapping(error, path: path)
        }
    }

    /// Runs `body`, reporting SQLite's failures in terms of `path`.
    static func run<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw StoreError.mapping(error, path: path) }
    }
}
