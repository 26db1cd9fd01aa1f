/// Makes text from strangers (ticket titles, e-mail bodies, names) safe to show in a terminal.
///
/// An escape sequence in a title could recolour the screen, move the cursor, set the
/// clipboard (OSC 52) or plant a hyperlink (OSC 8). Every control character is therefore
/// replaced by a visible stand-in, so "\u{1B}[31m" shows as "␛[31m" and nothing reaches
/// the terminal raw: C0 controls become their Control Pictures (U+2400 + code), DEL
/// becomes "␡", C1 controls and bidirectional overrides become "�".
public enum SafeText {
    /// How line structure survives sanitising.
    public enum LineMode: Sendable, Equatable {
        /// For one-line cells: a tab becomes a space, each line break becomes "⏎".
        case singleLine
        /// For text shown over several lines: line breaks stay "\n", tabs expand to the next stop.
        case multiLine(tabWidth: Int)
    }

    /// Shown in place of a line break in single-line text.
    public static let lineBreakMark: Unicode.Scalar = "\u{23CE}"
    /// Shown in place of a control character that has no Control Picture.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// `text` with every control character made visible and line breaks handled per `mode`.
    public static func sanitize(_ text: String, _ mode: LineMode = .singleLine) -> String {
        if isPlain(text) { return text }
        var out = String.UnicodeScalarView()
        var column = 0
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            i += 1
            switch scalar.value {
            case 0x0D where i < scalars.count && scalars[i].value == 0x0A:
                continue
            case 0x0A, 0x0D, 0x2028, 0x2029:
                if case .multiLine = mode {
                    out.append("\n")
                    column = 0
                } else {
                    out.append(lineBreakMark)
                    column += 1
                }
            case 0x09:
                let stop: Int
                if case let .multiLine(tabWidth) = mode, tabWidth > 0 {
                    stop = (column / tabWidth + 1) * tabWidth
                } else {
                    stop = column + 1
                }
                for _ in column..<stop { out.append(" ") }
                column = stop
            default:
                let safe = visible(scalar)
                out.append(safe)
                column += DisplayWidth.width(of: Character(safe))
            }
        }
        return String(out)
    }

    /// True when the text holds nothing `sanitize` would change.
    public static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let v = scalar.value
            return v >= 0x20 && !(0x7F...0x9F).contains(v) && !isBidiControl(v) && v != 0x2028 && v != 0x2029
        }
    }

    /// The visible stand-in for one scalar, or the scalar itself when it is harmless.
    static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        switch v {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + v) ?? replacement
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F: return replacement
        default: return isBidiControl(v) ? replacement : scalar
        }
    }

    /// Embeddings, overrides and isolates can make a title read backwards ("Trojan Source").
    static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
