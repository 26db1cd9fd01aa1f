import Foundation

/// What a progress line counts: items with a name ("tickets", "messages") or bytes.
public enum ProgressUnit: Sendable, Equatable {
    case items(String)
    case bytes

    /// "1200 messages", "12.5 MB".
    func amount(_ value: Int) -> String {
        switch self {
        case let .items(name): return "\(value) \(ProgressText.word(name, "unit"))"
        case .bytes: return ProgressText.bytes(value)
        }
    }
}

/// One moment of long work: how much is done of how much (nil when unknown), for how long.
public struct ProgressSnapshot: Sendable, Equatable {
    public var done: Int
    public var total: Int?
    public var unit: ProgressUnit
    public var elapsed: TimeInterval
    /// What the work is doing now ("building indexes"), shown before the figures.
    public var phase: String?

    public init(done: Int, total: Int?, unit: ProgressUnit, elapsed: TimeInterval, phase: String? = nil) {
        self.done = done
        self.total = total
        self.unit = unit
        self.elapsed = elapsed
        self.phase = phase
    }

    /// Items or bytes per second so far; 0 before anything is done.
    public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }

    /// Seconds still to go at the rate so far; nil when the total or the rate is unknown.
    public var remaining: TimeInterval? {
        guard let total, rate > 0 else { return nil }
        return Double(max(total - done, 0)) / rate
    }

    /// 0…1 of the total; nil when the total is unknown.
    public var share: Double? {
        guard let total else { return nil }
        return total > 0 ? min(Double(done) / Double(total), 1) : 1
    }
}

/// The text of a progress line: a bar redrawn in place on a terminal, a plain sentence in a log.
public enum ProgressText {
    /// Spinner frames for work whose total is unknown.
    public static let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    /// The terminal form, one line no wider than `width` columns:
    /// `████░░░░  42% 1200/5000 messages · 310/s · 12 s left`, or with an unknown total
    /// `⠹ 1200 messages · 310/s · 4 s`.
    public static func terminal(_ snapshot: ProgressSnapshot, width: Int = 80, tick: Int = 0) -> String {
        var parts: [String] = []
        let prefix = snapshot.phase.map { "\(phaseText($0)): " } ?? ""
        let rate = "\(rateText(snapshot.rate, snapshot.unit))"
        if let share = snapshot.share, let total = snapshot.total {
            let counts = snapshot.unit == .bytes ? "\(bytes(snapshot.done))/\(bytes(total))" : "\(snapshot.done)/\(total) \(name(snapshot.unit))"
            parts = [String(format: "%3.0f%%", share * 100), counts, rate,
                     snapshot.remaining.map { tr("%@ left", duration($0)) } ?? "…"]
            let figures = parts.joined(separator: " · ")
            let barWidth = max(0, min(30, width - DisplayWidth.width(of: prefix + figures) - 2))
            let filled = Int((share * Double(barWidth)).rounded(.down))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
            return (prefix + (barWidth > 0 ? bar + " " : "") + figures).truncated(toColumns: width)
        }
        let frame = spinner[((tick % spinner.count) + spinner.count) % spinner.count]
        // A stage with nothing to count ("building indexes") shows only that it is alive.
        parts = snapshot.done == 0 ? [duration(snapshot.elapsed)] : [snapshot.unit.amount(snapshot.done), rate, duration(snapshot.elapsed)]
        return (prefix + frame + " " + parts.joined(separator: " · ")).truncated(toColumns: width)
    }

    /// The form for logs and pipes: `progress: 1200 of 5000 messages (24%), 310/s, about 12 s left`.
    public static func plain(_ snapshot: ProgressSnapshot) -> String {
        let head = tr("progress: ") + (snapshot.phase.map { "\(phaseText($0)): " } ?? "")
        let rate = rateText(snapshot.rate, snapshot.unit)
        if let share = snapshot.share, let total = snapshot.total {
            let counts = snapshot.unit == .bytes ? tr("%@ of %@", bytes(snapshot.done), bytes(total))
                : tr("%@ of %@ %@", snapshot.done, total, name(snapshot.unit))
            let left = snapshot.remaining.map { tr(", about %@ left", duration($0)) } ?? ""
            return head + counts + String(format: " (%.0f%%)", share * 100) + ", \(rate)" + left
        }
        if snapshot.done == 0 { return head + tr("%@ elapsed", duration(snapshot.elapsed)) }
        return head + tr("%@ so far, %@, %@ elapsed", snapshot.unit.amount(snapshot.done), rate, duration(snapshot.elapsed))
    }

    /// "45 s", "3 min 05 s", "2 h 07 min".
    public static func duration(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded())
        let two = { (n: Int) in String(format: "%02d", n) }
        if total < 60 { return tr("%@ s", total) }
        if total < 3600 { return tr("%@ min %@ s", total / 60, two(total % 60)) }
        return tr("%@ h %@ min", total / 3600, two((total % 3600) / 60))
    }

    /// "812 KB", "12.5 MB".
    public static func bytes(_ value: Int) -> String {
        if value < 1024 { return "\(value) B" }
        let units = ["KB", "MB", "GB", "TB"]
        var scaled = Double(value) / 1024
        var unit = 0
        while scaled >= 1024 && unit < units.count - 1 {
            scaled /= 1024
            unit += 1
        }
        return scaled < 10 ? String(format: "%.1f %@", scaled, units[unit]) : "\(Int(scaled.rounded())) \(units[unit])"
    }

    static func rateText(_ rate: Double, _ unit: ProgressUnit) -> String {
        unit == .bytes ? bytes(Int(rate)) + "/s" : String(format: "%.0f/s", rate)
    }

    static func name(_ unit: ProgressUnit) -> String {
        if case let .items(name) = unit { return word(name, "unit") }
        return tr("bytes")
    }

    /// "restore: copying" with each part in the interface language where the catalog knows it
    /// (phases are named by the commands and the store, so an unknown one shows as it is).
    public static func phaseText(_ phase: String) -> String {
        phase.components(separatedBy: ": ").map { word($0, "phase") }.joined(separator: ": ")
    }

    /// `raw` in the interface language from the catalog's `context|raw` entry, else `raw` itself.
    static func word(_ raw: String, _ context: String) -> String {
        L10n.language == .zh ? L10n.zh[context + "|" + raw] ?? raw : raw
    }
}
