import Foundation
import XCTest

/// The sqlite3 command-line shell kept open on a database: another process, as a console would be.
final class SQLiteShell {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()

    init(database: String) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else {
            throw XCTSkip("the sqlite3 shell is not installed (apt-get install sqlite3)")
        }
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["-batch", database]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        _ = try query("SELECT COUNT(*) FROM tickets;")
    }

    /// Runs one statement and returns its output, waiting for a marker line so the answer is complete.
    func query(_ sql: String) throws -> String {
        input.fileHandleForWriting.write(Data("\(sql)\nSELECT 'END-OF-ANSWER';\n".utf8))
        var text = ""
        while !text.contains("END-OF-ANSWER\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        return text.replacingOccurrences(of: "END-OF-ANSWER\n", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func close() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    deinit { if process.isRunning { close() } }
}
