/// On which days a shift starts: every day, Monday to Friday, or a chosen set of ISO weekdays (1 = Monday … 7 = Sunday).
public enum ShiftDays: Sendable, Equatable, Hashable {
    case everyDay
    case weekdays
    case only(Set<Int>)

    private static let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Whether a shift starts on this ISO weekday.
    public func includes(isoWeekday day: Int) -> Bool {
        switch self {
        case .everyDay: true
        case .weekdays: (1...5).contains(day)
        case let .only(days): days.contains(day)
        }
    }

    /// "everyday", "weekdays" or "mon,wed,fri": how the CLI takes it and the database keeps it.
    public var text: String {
        switch self {
        case .everyDay: "everyday"
        case .weekdays: "weekdays"
        case let .only(days): days.sorted().map { Self.names[$0 - 1] }.joined(separator: ",")
        }
    }

    /// Reads `text`'s forms; nil for anything else, including an empty day list.
    public init?(text: String) {
        let clean = text.lowercased().trimmingCharacters(in: .whitespaces)
        switch clean {
        case "everyday", "every day", "daily", "all": self = .everyDay
        case "weekdays", "workdays", "mon-fri": self = .weekdays
        default:
            var days: Set<Int> = []
            for part in clean.split(separator: ",") {
                let name = part.trimmingCharacters(in: .whitespaces).prefix(3)
                guard let index = Self.names.firstIndex(of: String(name)) else { return nil }
                days.insert(index + 1)
            }
            guard !days.isEmpty else { return nil }
            self = days.count == 7 ? .everyDay : .only(days)
        }
    }
}

import Foundation
