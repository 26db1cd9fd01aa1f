import Foundation
import XCTest

/// Reads a database file with the sqlite3 shell, so end-to-end tests check what is on disk
/// without linking the store they are testing.
struct SQLiteShell {
    let database: String

    /// Rows of `sql` as JSON objects (sqlite3 -json); empty for no rows.
    func rows(_ sql: String) throws -> [[String: Any]] {
        let text = try run(["-json", database, sql])
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        return try JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [[String: Any]] ?? []
    }

    /// The output of `sql` as plain text lines.
    func lines(_ sql: String) throws -> [String] {
        try run([database, sql]).split(separator: "\n").map(String.init)
    }

    private func run(_ args: [String]) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else {
            throw XCTSkip("the sqlite3 shell is not installed")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = args
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "sqlite3", code: Int(process.terminationStatus),
                          userInfo: [NSLocalizedDescriptionKey: String(decoding: errors, as: UTF8.self)])
        }
        return String(decoding: data, as: UTF8.self)
    }
}
