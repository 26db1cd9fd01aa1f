import Foundation

/// The shifts, who works which, and who leads each: answers "who is on shift now, and who leads".
///
/// With no shifts defined at all everyone counts as on shift, so a fresh install assigns tickets.
public struct ShiftRoster: Sendable, Equatable {
    public var shifts: [Shift]
    /// Login → the names of the shifts the engineer works.
    public var members: [String: Set<String>]
    /// Shift name → the login of its lead (带班领导).
    public var leads: [String: String]

    public init(shifts: [Shift] = [], members: [String: Set<String>] = [:], leads: [String: String] = [:]) {
        self.shifts = shifts
        self.members = members
        self.leads = leads
    }

    /// No shifts defined: the roster does not restrict anyone.
    public var isEmpty: Bool { shifts.isEmpty }

    /// The shifts running at `date`, the most recently started first (at a handover, the incoming one).
    public func runningShifts(at date: Date) -> [Shift] {
        shifts.compactMap { shift in shift.start(ofRunContaining: date).map { (shift, $0) } }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.name < $1.0.name }
            .map(\.0)
    }

    /// Whether the engineer is working at `date`; always true when no shifts are defined.
    public func isOnShift(_ login: String, at date: Date) -> Bool {
        isEmpty || currentShift(for: login, at: date) != nil
    }

    /// Everyone working at `date`; nil when no shifts are defined (everyone is).
    public func onShiftLogins(at date: Date) -> Set<String>? {
        guard !isEmpty else { return nil }
        let running = Set(runningShifts(at: date).map(\.name))
        return Set(members.filter { !$0.value.isDisjoint(with: running) }.keys)
    }

    /// The lead of the shift running at `date`; of overlapping shifts, the one that started last.
    public func lead(at date: Date) -> String? {
        runningShifts(at: date).lazy.compactMap { leads[$0.name] }.first
    }

    /// The engineer's shift running at `date`, the most recently started if two overlap.
    public func currentShift(for login: String, at date: Date) -> Shift? {
        guard let mine = members[login] else { return nil }
        return runningShifts(at: date).first { mine.contains($0.name) }
    }

    /// When the engineer's running shift began ("resolved during the shift" counts from here).
    public func currentShiftStart(for login: String, at date: Date) -> Date? {
        currentShift(for: login, at: date)?.start(ofRunContaining: date)
    }

    /// The shift with this name.
    public func shift(named name: String) -> Shift? { shifts.first { $0.name == name } }
}
