import Foundation
import XCTest

/// Runs the built `helpdesk` binary on a temporary database, as a user at a shell would.
struct BinaryRunner {
    let binary: String
    let database: String
    let home: String

    /// What one run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The debug build's binary (scripts/test builds it first), or $HELPDESK_BIN.
    static func locate() throws -> String {
        if let path = ProcessInfo.processInfo.environment["HELPDESK_BIN"] { return path }
        let path = packageRoot.appendingPathComponent(".build/debug/helpdesk").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw XCTSkip("no helpdesk binary at \(path): run `swift build --product helpdesk` first (scripts/test does)")
        }
        return path
    }

    init() throws {
        binary = try Self.locate()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        home = dir.path
        database = dir.appendingPathComponent("test.sqlite").path
    }

    /// Runs `helpdesk ARGS --db <temp>` with optional standard input.
    @discardableResult
    func run(_ args: [String], stdin: String? = nil, environmentOverrides: [String: String?] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["HELPDESK_DB"] = database
        env["HOME"] = home
        env["XDG_DATA_HOME"] = home
        env["XDG_CONFIG_HOME"] = home + "/no-config"
        // The messages asserted here are the English ones, whatever locale runs the tests.
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        env["LANG"] = "C.UTF-8"
        for (key, value) in environmentOverrides { env[key] = value }

        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs and fails the test unless the command succeeded.
    @discardableResult
    func ok(_ args: [String], stdin: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try run(args, stdin: stdin)
        XCTAssertEqual(result.status, 0, "helpdesk \(args.joined(separator: " ")) failed: \(result.stderr)", file: file, line: line)
        return result.stdout
    }

    /// Runs and fails the test unless the command failed; returns its error output.
    func fails(_ args: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try run(args)
        XCTAssertNotEqual(result.status, 0, "helpdesk \(args.joined(separator: " ")) should have failed: \(result.stdout)", file: file, line: line)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "expected a one-line message, got: \(result.stderr)", file: file, line: line)
        return result.stderr
    }
}
