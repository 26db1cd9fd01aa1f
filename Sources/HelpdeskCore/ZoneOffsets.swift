import Foundation

/// A time zone's UTC offsets as a sorted table, so working-time maths costs a binary search
/// instead of a Foundation calendar call per day.
final class ZoneOffsets: Sendable {
    let zone: TimeZone
    /// UTC seconds since 1970 at which `offsets[i]` starts to apply; `starts[0]` is the table's first instant.
    private let starts: [Double]
    private let offsets: [Double]
    private let tableEnd: Double

    /// The table covers 1970–2100; instants outside it ask Foundation directly.
    private static let tableStart = 0.0
    private static let tableLimit = 4_102_444_800.0 // 2100-01-01T00:00:00Z

    init(zone: TimeZone) {
        self.zone = zone
        var starts = [Self.tableStart]
        var offsets = [Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Self.tableStart)))]
        var cursor = Date(timeIntervalSince1970: Self.tableStart)
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor),
              next.timeIntervalSince1970 < Self.tableLimit, next > cursor {
            let offset = Double(zone.secondsFromGMT(for: next))
            if offset != offsets[offsets.count - 1] {
                starts.append(next.timeIntervalSince1970)
                offsets.append(offset)
            }
            cursor = next
        }
        self.starts = starts
        self.offsets = offsets
        self.tableEnd = Self.tableLimit
    }

    /// Seconds east of UTC at the UTC instant `t` (seconds since 1970).
    func offset(at t: Double) -> Double {
        guard t >= Self.tableStart, t < tableEnd else {
            return Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: t)))
        }
        if starts.count == 1 { return offsets[0] }
        return offsets[index(atOrBefore: t)]
    }

    /// Index of the last table entry starting at or before `t`; `t` must be inside the table.
    private func index(atOrBefore t: Double) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= t { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The UTC instant of a local wall-clock time given as seconds since 1970-01-01T00:00 local.
    /// A time skipped by a spring-forward jump maps to the jump itself and a repeated time to its
    /// later occurrence, which keeps the mapping monotonic: later wall times never map earlier.
    func utc(ofLocal local: Double) -> Double {
        let first = local - offset(at: local)
        let o1 = offset(at: first)
        let t1 = local - o1
        if offset(at: t1) == o1 { return laterOccurrence(of: local, candidate: t1) }
        let o2 = offset(at: t1)
        let t2 = local - o2
        if offset(at: t2) == o2 { return laterOccurrence(of: local, candidate: t2) }
        // Neither offset fits: the wall time falls in a gap; the transition lies between the candidates.
        let upper = max(t1, t2)
        guard upper >= Self.tableStart, upper < tableEnd, starts.count > 1 else { return min(t1, t2) }
        return max(starts[index(atOrBefore: upper)], min(t1, t2))
    }

    /// In a fall-back overlap the wall time exists twice; pick the later instant so day windows stay ordered.
    private func laterOccurrence(of local: Double, candidate: Double) -> Double {
        let probe = candidate + 3 * 3600
        let later = local - offset(at: probe)
        if later > candidate, offset(at: later) == offset(at: probe) { return later }
        return candidate
    }

    /// The local day number (days since 1970-01-01 local) holding the UTC instant `t`.
    func localDayNumber(at t: Double) -> Int {
        Int(((t + offset(at: t)) / 86_400).rounded(.down))
    }

    // MARK: Shared cache

    private static let cache = ZoneCache()

    /// The table for an IANA identifier, built once per identifier; an unknown identifier gets UTC
    /// so a misconfigured calendar still yields deadlines (`BusinessCalendar.validate()` reports it).
    static func forIdentifier(_ id: String) -> ZoneOffsets {
        cache.table(for: id)
    }
}

/// Lock-guarded map from time-zone identifier to its offsets table.
private final class ZoneCache: @unchecked Sendable {
    private let lock = NSLock()
    private var tables: [String: ZoneOffsets] = [:]

    func table(for id: String) -> ZoneOffsets {
        lock.lock()
        if let table = tables[id] { lock.unlock(); return table }
        lock.unlock()
        let built = ZoneOffsets(zone: TimeZone(identifier: id) ?? TimeZone(secondsFromGMT: 0)!)
        lock.lock()
        defer { lock.unlock() }
        if let raced = tables[id] { return raced }
        tables[id] = built
        return built
    }
}
