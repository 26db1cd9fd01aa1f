/// Median and p90 by the nearest-rank method: the p-th percentile of n sorted values is the
/// value at rank ⌈p/100 · n⌉ (1-based). Always one of the values, never an interpolation, so a
/// report's figures can be checked by hand. Nil for no values.
public enum Percentile {
    public static func nearestRank(_ p: Double, ofSorted values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let rank = Int((p / 100 * Double(values.count)).rounded(.up))
        return values[min(max(rank, 1), values.count) - 1]
    }

    public static func nearestRank(_ p: Double, of values: [Double]) -> Double? {
        nearestRank(p, ofSorted: values.sorted())
    }
}

/// Median and p90 of some durations, in seconds; nil when there were none.
public struct DurationSummary: Sendable, Equatable, Codable {
    public var count: Int
    public var median: Double?
    public var p90: Double?

    public init(_ values: [Double]) {
        let sorted = values.sorted()
        count = sorted.count
        median = Percentile.nearestRank(50, ofSorted: sorted)
        p90 = Percentile.nearestRank(90, ofSorted: sorted)
    }
}

/// A share: `part` of `whole`; the value is nil, not NaN, when there is nothing to divide.
public struct Ratio: Sendable, Equatable, Codable {
    public var part: Int
    public var whole: Int

    public init(_ part: Int, of whole: Int) {
        self.part = part
        self.whole = whole
    }

    public var value: Double? { whole > 0 ? Double(part) / Double(whole) : nil }

    private enum CodingKeys: String, CodingKey { case part, whole, value }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try c.decode(Int.self, forKey: .part), of: try c.decode(Int.self, forKey: .whole))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(part, forKey: .part)
        try c.encode(whole, forKey: .whole)
        try c.encode(value, forKey: .value)
    }
}
