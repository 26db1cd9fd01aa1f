/// A named mapping from semantic roles to colours and emphasis.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [ThemeRole: ThemeStyle]

    public init(name: String, styles: [ThemeRole: ThemeStyle]) {
        self.name = name
        self.styles = styles
    }

    /// How `role` looks; a role the theme leaves out looks like `normal`.
    public func style(for role: ThemeRole) -> ThemeStyle {
        styles[role] ?? styles[.normal] ?? .plain
    }

    /// The theme as this terminal can show it: 256-colour indices mapped to the basic eight,
    /// or, without colour, the mono theme, since colours alone may be all that tells P1 from P2.
    public func adapted(to support: ColorSupport) -> Theme {
        switch support {
        case .extended:
            return self
        case .basic:
            var copy = self
            copy.styles = styles.mapValues { style in
                var s = style
                s.foreground = style.foreground.basic
                s.background = style.background.basic
                return s
            }
            return copy
        case .none:
            return name == Theme.mono.name ? self : Theme.mono
        }
    }

    /// The built-in default, so the console works without any theme file on disk.
    public static let standard: Theme = builtIn("default", EmbeddedThemes.standard)
    /// Attributes only, for NO_COLOR and terminals without colour.
    public static let mono: Theme = builtIn("mono", EmbeddedThemes.mono)

    private static func builtIn(_ name: String, _ text: String) -> Theme {
        do {
            return try ThemeParser.parse(text, name: name, source: "built-in \(name) theme")
        } catch {
            preconditionFailure("\(error)")
        }
    }
}
