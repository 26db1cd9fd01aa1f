import Foundation

/// Progress of long work on standard error: a redrawn line on a terminal, periodic lines otherwise.
struct ProgressLine {
    let total: Int
    let unit: String
    private let started = Date()
    private var lastPrinted = Date.distantPast
    private let isTerminal = isatty(STDERR_FILENO) == 1

    init(total: Int, unit: String) {
        self.total = total
        self.unit = unit
    }

    mutating func update(done: Int) {
        let now = Date()
        guard done == total || now.timeIntervalSince(lastPrinted) >= (isTerminal ? 0.2 : 2) else { return }
        lastPrinted = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let remaining = rate > 0 ? Double(total - done) / rate : 0
        let share = total > 0 ? Double(done) / Double(total) : 1
        let filled = Int(share * 30)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
        let text = String(format: "%@ %3.0f%% %d/%d %@, %.0f/s, %.0f s left", bar, share * 100, done, total, unit, rate, remaining)
        FileHandle.standardError.write(Data(((isTerminal ? "\r" : "") + text + (isTerminal ? "" : "\n")).utf8))
    }

    func finish() {
        if isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
