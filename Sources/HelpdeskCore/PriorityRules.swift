import Foundation

/// Impact × urgency → priority, editable per site (优先级和紧急程度).
public struct PriorityMatrix: Codable, Sendable, Equatable {
    /// cells[impact - 1][urgency - 1]
    public var cells: [[Priority]]

    public init(cells: [[Priority]]) throws {
        guard cells.count == Level.allCases.count, cells.allSatisfy({ $0.count == Level.allCases.count }) else {
            throw ValidationError("the priority matrix needs 4 rows of 4 priorities (impact × urgency)")
        }
        self.cells = cells
    }

    /// Decoding checks the shape too: a short row in a settings file would otherwise crash a lookup.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(cells: container.decode([[Priority]].self, forKey: .cells))
    }

    /// Sum of impact and urgency: 7–8 → P1, 5–6 → P2, 4 → P3, 2–3 → P4.
    public static let standard: PriorityMatrix = {
        let rows = Level.allCases.map { impact in
            Level.allCases.map { urgency -> Priority in
                switch impact.rawValue + urgency.rawValue {
                case 7...: .p1
                case 5...6: .p2
                case 4: .p3
                default: .p4
                }
            }
        }
        return try! PriorityMatrix(cells: rows)
    }()

    public func priority(impact: Level, urgency: Level) -> Priority {
        cells[impact.rawValue - 1][urgency.rawValue - 1]
    }

    public mutating func set(_ priority: Priority, impact: Level, urgency: Level) {
        cells[impact.rawValue - 1][urgency.rawValue - 1] = priority
    }
}

/// A priority and the reasons that produced it, shown to the user.
public struct PriorityDecision: Sendable, Equatable {
    public var priority: Priority
    public var reasons: [String]

    public var reasonText: String { reasons.joined(separator: "; ") }
}

/// The matrix plus the rules that raise a priority: VIP requester, outage words, major incident.
public struct PriorityRules: Codable, Sendable, Equatable {
    public var matrix: PriorityMatrix
    /// Steps a VIP requester raises the priority by.
    public var vipBoost: Int
    /// Words that signal an outage, in Chinese and English (宕机, 无法登录, down …).
    public var outageWords: [String]
    /// The priority an outage word raises a ticket to at least.
    public var outageFloor: Priority

    public init(matrix: PriorityMatrix = .standard, vipBoost: Int = 1,
                outageWords: [String] = PriorityRules.defaultOutageWords, outageFloor: Priority = .p2) {
        self.matrix = matrix
        self.vipBoost = vipBoost
        self.outageWords = outageWords
        self.outageFloor = outageFloor
    }

    public static let defaultOutageWords = [
        "宕机", "无法登录", "全部", "瘫痪", "中断", "断网", "无法访问",
        "down", "outage", "cannot log in", "can't log in", "everyone", "all users",
    ]

    /// The priority the rules give a ticket; a lead's override is kept as it is.
    public func evaluate(_ ticket: Ticket) -> PriorityDecision {
        if ticket.priorityOverridden {
            return PriorityDecision(priority: ticket.priority, reasons: [ticket.priorityReason])
        }
        var priority = matrix.priority(impact: ticket.impact, urgency: ticket.urgency)
        var reasons = ["impact \(ticket.impact.name) × urgency \(ticket.urgency.name)"]
        if ticket.requester.isVIP, vipBoost > 0, priority > .p1 {
            priority = Priority(rawValue: max(1, priority.rawValue - vipBoost)) ?? .p1
            reasons.append("VIP requester")
        }
        if let word = outageWord(in: ticket.title + "\n" + ticket.description), priority > outageFloor {
            priority = outageFloor
            reasons.append("outage word “\(word)”")
        }
        if ticket.isMajorIncident, priority > .p1 {
            priority = .p1
            reasons.append("major incident")
        }
        return PriorityDecision(priority: priority, reasons: reasons)
    }

    /// The first outage word found; Latin words must stand alone ("down" is not "download").
    public func outageWord(in text: String) -> String? {
        let haystack = text.lowercased()
        let plainHaystack = OutageSearch.isPlain(haystack)
        return outageWords.first { word in
            let needle = word.lowercased()
            if plainHaystack, OutageSearch.isPlain(needle) { return OutageSearch.occurs(needle, in: haystack) }
            guard needle.unicodeScalars.contains(where: \.isASCIILetter) else {
                return haystack.contains(needle)
            }
            var search = haystack.startIndex..<haystack.endIndex
            while let found = haystack.range(of: needle, range: search) {
                let before = found.lowerBound == haystack.startIndex ? nil : haystack[haystack.index(before: found.lowerBound)]
                let after = found.upperBound == haystack.endIndex ? nil : haystack[found.upperBound]
                if !(before?.isASCIILetter ?? false) && !(after?.isASCIILetter ?? false) { return true }
                search = found.upperBound..<haystack.endIndex
            }
            return false
        }
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { isASCII && properties.isAlphabetic }
}

extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
}
