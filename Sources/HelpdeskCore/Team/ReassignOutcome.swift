/// What became of a batch of reassignments, told in one line for the status bar.
public struct ReassignOutcome: Sendable, Equatable {
    /// Ticket and the engineer it went to.
    public var moved: [(ticketID: Int64, to: String)] = []
    /// Ticket and why the store or the rules refused it (a conflict, a closed ticket …).
    public var refused: [(ticketID: Int64, reason: String)] = []
    /// Tickets nobody was eligible for, left where they were.
    public var left: [Int64] = []

    public init() {}

    public static func == (a: ReassignOutcome, b: ReassignOutcome) -> Bool {
        a.moved.map { "\($0.ticketID)>\($0.to)" } == b.moved.map { "\($0.ticketID)>\($0.to)" }
            && a.refused.map { "\($0.ticketID):\($0.reason)" } == b.refused.map { "\($0.ticketID):\($0.reason)" }
            && a.left == b.left
    }

    /// True when something was refused: the console shows the line as an error.
    public var hasProblems: Bool { !refused.isEmpty }

    /// "3 reassigned to li.na, 1 refused: #12 …" or "4 reassigned (2 to li.na, 2 to chen.jie); 1 left: #15".
    public var summary: String {
        var targets: [(String, Int)] = []
        for move in moved {
            if let i = targets.firstIndex(where: { $0.0 == move.to }) { targets[i].1 += 1 } else { targets.append((move.to, 1)) }
        }
        var text: String
        if targets.count == 1 {
            text = "\(moved.count) reassigned to \(targets[0].0)"
        } else if targets.isEmpty {
            text = "None reassigned"
        } else {
            text = "\(moved.count) reassigned (" + targets.map { "\($0.1) to \($0.0)" }.joined(separator: ", ") + ")"
        }
        if !left.isEmpty {
            text += ", \(left.count) left (no eligible engineer): " + left.map { "#\($0)" }.joined(separator: ", ")
        }
        if !refused.isEmpty {
            text += ", \(refused.count) refused: " + refused.map { "#\($0.ticketID) \($0.reason)" }.joined(separator: "; ")
        }
        return text
    }
}
