import Foundation

/// Counts of one import run; `line` is the summary printed at the end.
public struct MailImportSummary: Sendable, Equatable {
    public var created = 0
    public var threaded = 0
    public var skipped = 0
    public var failed = 0
    /// True when the run was stopped before the last message (`MailImportRun.shouldStop`).
    public var stopped = false

    public init() {}

    /// Messages dealt with, whatever became of them.
    public var total: Int { created + threaded + skipped + failed }

    public mutating func count(_ outcome: MailOutcome) {
        switch outcome {
        case .created: created += 1
        case .threaded: threaded += 1
        case .skipped: skipped += 1
        case .failed: failed += 1
        }
    }

    public var line: String {
        "mail import: \(created) created, \(threaded) threaded, \(skipped) skipped, \(failed) failed"
    }
}

/// Imports .eml files, mbox files and Maildir folders; every message's outcome goes to `report`
/// with where it came from ("inbox.mbox message 3", "Maildir/new/1700…"), and the run goes on
/// after a broken message.
public struct MailImportRun {
    public let intake: MailIntake
    public var report: (String, MailOutcome) -> Void
    /// Asked before each message; true stops the run there (each message is its own transaction,
    /// so what was imported stays, and a second run skips it).
    public var shouldStop: () -> Bool = { false }

    public init(intake: MailIntake, report: @escaping (String, MailOutcome) -> Void) {
        self.intake = intake
        self.report = report
    }

    private struct Stop: Error {}

    /// Imports every path in turn; a path that cannot be read counts as one failure.
    public func run(_ paths: [String]) -> MailImportSummary {
        var summary = MailImportSummary()
        for path in paths {
            let deliver: (String, MailOutcome) -> Void = { source, outcome in
                summary.count(outcome)
                report(source, outcome)
            }
            do { try importPath(path, deliver) } catch is Stop {
                summary.stopped = true
                break
            } catch {
                summary.count(.failed("\(error)"))
                report(path, .failed("\(error)"))
            }
        }
        return summary
    }

    /// How many messages the paths hold (an unreadable path counts as one), for a progress bar.
    public static func messageCount(_ paths: [String]) -> Int {
        paths.reduce(0) { sum, path in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return sum + 1 }
            if isFolder.boolValue { return sum + max(Maildir(path: path).messageFiles().count, 1) }
            guard MboxReader.looksLikeMbox(path) else { return sum + 1 }
            var count = 0
            _ = try? MboxReader(path: path).forEachMessage { number, _ in count = number }
            return sum + max(count, 1)
        }
    }

    private func importPath(_ path: String, _ deliver: (String, MailOutcome) -> Void) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw MailParseError("no such file or folder")
        }
        if isFolder.boolValue {
            guard Maildir.isMaildir(path) else { throw MailParseError("a folder but not a Maildir (it has no cur/ or new/ inside)") }
            for file in Maildir(path: path).messageFiles() {
                if shouldStop() { throw Stop() }
                deliver(file, takeFile(file))
            }
        } else if MboxReader.looksLikeMbox(path) {
            try MboxReader(path: path).forEachMessage { number, bytes in
                if shouldStop() { throw Stop() }
                deliver("\(path) message \(number)", intake.take(bytes))
            }
        } else {
            if shouldStop() { throw Stop() }
            deliver(path, takeFile(path))
        }
    }

    /// One message file (an .eml or a Maildir entry).
    public func takeFile(_ file: String) -> MailOutcome {
        guard let data = FileManager.default.contents(atPath: file) else { return .failed("cannot read the file") }
        return intake.take([UInt8](data))
    }
}
