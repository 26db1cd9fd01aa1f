/// A colour as theme files name it: the terminal's own default or an xterm palette index.
public enum ThemeColor: Sendable, Hashable {
    case terminalDefault
    /// 0–7 basic, 8–15 bright, 16–231 colour cube, 232–255 greys.
    case indexed(UInt8)

    static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses "default", a basic name, "bright-<name>" or a number 0–255.
    init?(name: String) {
        let key = name.lowercased()
        if key == "default" {
            self = .terminalDefault
        } else if let index = Self.basicNames.firstIndex(of: key) {
            self = .indexed(UInt8(index))
        } else if key.hasPrefix("bright-"), let index = Self.basicNames.firstIndex(of: String(key.dropFirst(7))) {
            self = .indexed(UInt8(index + 8))
        } else if let number = Int(key), (0...255).contains(number) {
            self = .indexed(UInt8(number))
        } else {
            return nil
        }
    }

    /// The nearest of the eight basic colours, for terminals without 256 colours.
    public var basic: ThemeColor {
        guard case let .indexed(index) = self else { return self }
        if index < 8 { return self }
        if index < 16 { return .indexed(index - 8) }
        let rgb = Self.rgb(index)
        var best = 0
        var bestDistance = Int.max
        for (i, candidate) in Self.basicRGB.enumerated() {
            let d = (0..<3).reduce(0) { sum, c in sum + (rgb[c] - candidate[c]) * (rgb[c] - candidate[c]) }
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        return .indexed(UInt8(best))
    }

    /// xterm's default rendering of the basic colours.
    private static let basicRGB: [[Int]] = [
        [0, 0, 0], [205, 0, 0], [0, 205, 0], [205, 205, 0], [0, 0, 238], [205, 0, 205], [0, 205, 205], [229, 229, 229],
    ]

    private static func rgb(_ index: UInt8) -> [Int] {
        let i = Int(index)
        if i >= 232 {
            let level = 8 + 10 * (i - 232)
            return [level, level, level]
        }
        let levels = [0, 95, 135, 175, 215, 255]
        let cube = i - 16
        return [levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6]]
    }
}

/// How a role looks: foreground, background and emphasis.
public struct ThemeStyle: Sendable, Equatable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: TextAttributes

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = ThemeStyle()
}
