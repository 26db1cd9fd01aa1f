import CNCursesw

/// One colour pair per theme role, and the curses attributes for a style.
struct CursesPalette {
    private var pairs: [ThemeRole: Int16] = [:]
    private var attributes: [ThemeRole: attr_t] = [:]
    private let theme: Theme
    private let support: ColorSupport
    private let defaultColors: Bool

    init(theme: Theme, support: ColorSupport, defaultColors: Bool) {
        self.theme = theme
        self.support = support
        self.defaultColors = defaultColors
        for (index, role) in ThemeRole.allCases.enumerated() {
            pairs[role] = support == .none ? 0 : Int16(index + 1)
            attributes[role] = Self.cursesAttributes(theme.style(for: role).attributes)
        }
    }

    /// Defines the pairs in curses; without colour there is nothing to define.
    func install() {
        guard support != .none else { return }
        for role in ThemeRole.allCases {
            guard let pair = pairs[role], Int32(pair) < hd_color_pairs() else { continue }
            let style = theme.style(for: role)
            init_pair(pair, color(style.foreground, isForeground: true), color(style.background, isForeground: false))
        }
    }

    /// Attributes and colour pair to draw a cell in `style`.
    func attributes(for style: Style) -> (attr_t, Int16) {
        let base = attributes[style.role] ?? hd_a_normal()
        let pair = pairs[style.role] ?? 0
        return (base | Self.cursesAttributes(style.attributes) | hd_color_pair(Int32(pair)), pair)
    }

    private func color(_ color: ThemeColor, isForeground: Bool) -> Int16 {
        switch color {
        case .terminalDefault:
            // Without use_default_colors, "default" can only be approximated by white on black.
            return defaultColors ? -1 : (isForeground ? 7 : 0)
        case let .indexed(index):
            return Int16(index)
        }
    }

    private static func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var result = hd_a_normal()
        if attributes.contains(.bold) { result |= hd_a_bold() }
        if attributes.contains(.dim) { result |= hd_a_dim() }
        if attributes.contains(.reverse) { result |= hd_a_reverse() }
        if attributes.contains(.underline) { result |= hd_a_underline() }
        if attributes.contains(.italic) { result |= hd_a_italic() }
        return result
    }
}
