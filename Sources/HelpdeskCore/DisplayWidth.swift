/// How many terminal columns text takes, computed in pure Swift.
///
/// libc's `wcwidth` answers differently per locale (and says -1 in the C locale), so the
/// console and the CLI would disagree about where a Chinese title ends. This table follows
/// Unicode's East Asian Width (Wide and Fullwidth are 2 columns, Ambiguous is 1) and the
/// emoji presentation property, one extended grapheme cluster (`Character`) at a time.
public enum DisplayWidth {
    /// How padded text sits in its columns.
    public enum Alignment: Sendable {
        case left, right
    }

    /// Columns one character takes: 0, 1 or 2.
    ///
    /// Combining marks, joiners and variation selectors add nothing to the character they
    /// follow; control characters count 0 because they must be sanitised before display.
    public static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first {
            if only.value < 0x7F { return only.value >= 0x20 ? 1 : 0 }
            return isZeroWidth(only) || isControl(only) ? 0 : (isWide(only) ? 2 : 1)
        }
        var base: Unicode.Scalar?
        var hasEmojiSelector = false
        var regionalIndicators = 0
        for scalar in scalars {
            if scalar.value == 0xFE0F { hasEmojiSelector = true }
            if (0x1F1E6...0x1F1FF).contains(scalar.value) { regionalIndicators += 1 }
            if base == nil, !isZeroWidth(scalar) { base = scalar }
        }
        guard let base, !isControl(base) else { return 0 }
        if regionalIndicators >= 2 || isWide(base) { return 2 }
        // VS16 asks for emoji presentation (❤️, 1️⃣); terminals draw those two columns wide.
        if hasEmojiSelector, base.properties.isEmoji { return 2 }
        return 1
    }

    /// Columns a whole string takes on one line.
    public static func width(of text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += width(of: character) }
        return total
    }

    /// Characters that draw nothing on their own: marks, format controls, conjoining jamo.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x300 { return v == 0xAD }
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x1100 { return false }
        if scalar.properties.isEmojiPresentation { return true }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if v < range.lowerBound {
                high = mid - 1
            } else if v > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks that are not emoji, sorted for binary search.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5,
        0x2FF0...0x2FFF, 0x3000...0x303E, 0x3041...0x3096, 0x3099...0x30FF, 0x3105...0x312F,
        0x3131...0x318E, 0x3190...0x31E5, 0x31EF...0x321E, 0x3220...0x3247, 0x3250...0x4DBF,
        0x4E00...0xA48C, 0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFF60,
        0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5,
        0x18D00...0x18D08, 0x1AFF0...0x1AFFE, 0x1B000...0x1B122, 0x1B132...0x1B132, 0x1B150...0x1B152,
        0x1B155...0x1B155, 0x1B164...0x1B167, 0x1B170...0x1B2FB, 0x1F200...0x1F202, 0x1F210...0x1F23B,
        0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

extension String {
    /// Columns this string takes on one line of a terminal.
    public var displayWidth: Int { DisplayWidth.width(of: self) }

    /// The longest prefix that fits in `columns`, ending in `ellipsis` when something was cut.
    ///
    /// A wide character is never split: the result may be one column short of `columns`.
    /// Nothing is padded; use `fitted(toColumns:)` for a cell of exact width.
    public func truncated(toColumns columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        let ellipsisWidth = ellipsis.displayWidth
        let budget = columns - ellipsisWidth
        var used = 0
        var cut = startIndex
        var index = startIndex
        while index < endIndex {
            let width = DisplayWidth.width(of: self[index])
            if used + width > columns {
                guard budget >= 0 else { return ellipsis.truncated(toColumns: columns, ellipsis: "") }
                return String(self[..<cut]) + ellipsis
            }
            used += width
            index = self.index(after: index)
            if used <= budget { cut = index }
        }
        return self
    }

    /// This string with spaces added to reach `columns`; text already that wide is returned as is.
    public func padded(toColumns columns: Int, alignment: DisplayWidth.Alignment = .left) -> String {
        let missing = columns - displayWidth
        guard missing > 0 else { return self }
        let padding = String(repeating: " ", count: missing)
        return alignment == .left ? self + padding : padding + self
    }

    /// Exactly `columns` wide: truncated with an ellipsis when too long, padded when short.
    public func fitted(toColumns columns: Int, alignment: DisplayWidth.Alignment = .left) -> String {
        truncated(toColumns: columns).padded(toColumns: columns, alignment: alignment)
    }
}
