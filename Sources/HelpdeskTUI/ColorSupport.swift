/// How much colour the terminal can show, which decides how a theme is adapted.
public enum ColorSupport: Sendable, Equatable {
    /// No colour: only bold, dim, reverse, underline (the mono theme).
    case none
    /// The eight basic colours.
    case basic
    /// The 256-colour xterm palette.
    case extended

    /// Reads the environment and what curses reports.
    ///
    /// A non-empty `NO_COLOR` (no-color.org) always wins; vt100-class and dumb terminals get none.
    public static func detect(environment: [String: String], terminalHasColors: Bool, colorCount: Int) -> ColorSupport {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let term = (environment["TERM"] ?? "").lowercased()
        if term.isEmpty || term == "dumb" || term.hasPrefix("vt1") || term.hasPrefix("vt2") { return .none }
        guard terminalHasColors, colorCount >= 8 else { return .none }
        return colorCount >= 256 ? .extended : .basic
    }
}
