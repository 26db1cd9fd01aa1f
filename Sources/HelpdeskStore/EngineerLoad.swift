import HelpdeskCore

/// How much open work an engineer carries.
public struct EngineerLoad: Sendable, Equatable {
    /// Open tickets assigned.
    public var count: Int
    /// Sum of `Priority.loadWeight` over them (P1 = 4 … P4 = 1).
    public var weighted: Int

    public init(count: Int, weighted: Int) {
        self.count = count
        self.weighted = weighted
    }

    mutating func add(_ tickets: Int, of priority: Priority) {
        count += tickets
        weighted += tickets * priority.loadWeight
    }
}
