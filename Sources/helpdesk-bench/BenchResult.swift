/// One measured figure, the target for it, and whether it was met.
struct BenchResult: Codable {
    /// What a target demands of the figure.
    enum Target: Codable, Equatable {
        /// The figure must stay under this value.
        case below(Double)
        /// The figure must reach this value.
        case atLeast(Double)
        /// Recorded for context; no target applies.
        case none

        private enum CodingKeys: String, CodingKey { case kind, value }

        /// {"kind": "below", "value": 30}: plain for whoever reads the JSON.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case let .below(limit): try container.encode("below", forKey: .kind); try container.encode(limit, forKey: .value)
            case let .atLeast(floor): try container.encode("atLeast", forKey: .kind); try container.encode(floor, forKey: .value)
            case .none: try container.encode("none", forKey: .kind)
            }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            switch try container.decode(String.self, forKey: .kind) {
            case "below": self = .below(try container.decode(Double.self, forKey: .value))
            case "atLeast": self = .atLeast(try container.decode(Double.self, forKey: .value))
            default: self = .none
            }
        }

        func passes(_ value: Double) -> Bool? {
            switch self {
            case let .below(limit): value < limit
            case let .atLeast(floor): value >= floor
            case .none: nil
            }
        }
    }

    /// The row of the table this belongs to ("queue first page p99", …).
    var measure: String
    /// Tickets in the data set, when it depends on them.
    var tickets: Int?
    var value: Double
    var unit: String
    var target: Target
    /// Which case was worst, how many samples, the parts of a figure.
    var detail: String
    var passed: Bool?

    init(_ measure: String, tickets: Int?, value: Double, unit: String, target: Target, detail: String = "") {
        self.measure = measure
        self.tickets = tickets
        self.value = value
        self.unit = unit
        self.target = target
        self.detail = detail
        passed = target.passes(value)
    }

    /// "1.23 ms", "512 updates/s".
    var figureText: String { Self.format(value) + " " + unit }

    var targetText: String {
        switch target {
        case let .below(limit): "< " + Self.format(limit) + " " + unit
        case let .atLeast(floor): "≥ " + Self.format(floor) + " " + unit
        case .none: "—"
        }
    }

    static func format(_ value: Double) -> String {
        if value >= 1000 { return String(format: "%.0f", value) }
        if value >= 100 { return String(format: "%.1f", value) }
        if value >= 1 { return String(format: "%.2f", value) }
        return String(format: "%.3f", value)
    }
}
