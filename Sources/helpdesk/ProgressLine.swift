import Foundation
import HelpdeskCore

/// Progress of long work on standard error, so standard output stays clean for scripts: a bar
/// redrawn in place on a terminal, a plain line every few seconds in a log or pipe.
///
/// Quick work prints nothing: the first line waits until the work has run for a moment.
/// `$HELPDESK_PROGRESS_INTERVAL` (seconds) sets how often the plain lines come; 0 prints every update.
final class ProgressLine {
    private(set) var total: Int?
    let unit: ProgressUnit
    private(set) var done = 0
    private var phase: String?
    private let created = Date()
    /// When the current phase began: rates and times left are the phase's own.
    private var started = Date()
    private var lastPrinted: Date?
    private var tick = 0
    private var drawn = false
    private var finished = false
    private var lastState = ""
    private let isTerminal: Bool
    private let interval: TimeInterval
    private let quietStart: TimeInterval

    init(total: Int?, unit: ProgressUnit, phase: String? = nil,
         isTerminal: Bool = isatty(STDERR_FILENO) == 1, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.total = total
        self.unit = unit
        self.phase = phase
        self.isTerminal = isTerminal
        let configured = environment["HELPDESK_PROGRESS_INTERVAL"].flatMap(Double.init).map { max(0, $0) }
        interval = configured ?? (isTerminal ? 0.2 : 5)
        quietStart = configured == 0 ? 0 : (isTerminal ? 0.5 : 2)
    }

    convenience init(total: Int?, unit: String, phase: String? = nil) {
        self.init(total: total, unit: .items(unit), phase: phase)
    }

    /// Records how much is done, and draws when it is time.
    func update(done: Int, total: Int? = nil) {
        self.done = done
        if let total { self.total = total }
        draw(force: false)
    }

    /// Adds to what is done.
    func advance(by amount: Int = 1) { update(done: done + amount) }

    /// A new stage of the work ("building indexes"), shown at once if anything is shown at all.
    func setPhase(_ text: String, total: Int? = nil, done: Int = 0) {
        phase = text
        started = Date()
        self.total = total
        self.done = done
        draw(force: lastPrinted != nil)
    }

    /// Runs `body`, which prints a line of its own, with the bar out of its way on a terminal.
    func interleave(_ body: () -> Void) {
        guard isTerminal, drawn else { return body() }
        write("\r\u{1B}[K")
        body()
        fflush(nil)
        draw(force: true)
    }

    /// Ends the bar's line on a terminal; in a log, a last line when earlier ones were printed.
    /// Only the first call does anything.
    func finish() {
        guard !finished else { return }
        finished = true
        if isTerminal {
            if drawn { write("\r\u{1B}[K") }
        } else if lastPrinted != nil, lastState != state {
            write(ProgressText.plain(snapshot()) + "\n")
        }
    }

    private func draw(force: Bool) {
        guard !finished else { return }
        let now = Date()
        if !force {
            guard now.timeIntervalSince(created) >= quietStart else { return }
            if let lastPrinted, now.timeIntervalSince(lastPrinted) < interval { return }
        }
        lastPrinted = now
        tick += 1
        if isTerminal {
            drawn = true
            write("\r\u{1B}[K" + ProgressText.terminal(snapshot(), width: Self.columns() - 1, tick: tick))
        } else {
            lastState = state
            write(ProgressText.plain(snapshot()) + "\n")
        }
    }

    private func snapshot() -> ProgressSnapshot {
        ProgressSnapshot(done: done, total: total, unit: unit, elapsed: Date().timeIntervalSince(started), phase: phase)
    }

    /// What a line says apart from its timing, so the closing line is not a copy of the last.
    private var state: String { "\(phase ?? "")|\(done)|\(total.map(String.init) ?? "")" }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    /// The terminal's width, for a bar that never wraps.
    private static func columns() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else { return 80 }
        return Int(size.ws_col)
    }
}
