/// The settings file (`~/.config/helpdesk/config`): `key = value` lines, `#` comments.
/// Unknown keys and malformed lines are errors that name the file and line, so a typo never
/// silently does nothing.
public struct ConfigFile: Sendable, Equatable {
    /// Every key the file may hold, with what it does (docs/admin.md lists the same).
    public static let knownKeys: [(key: String, meaning: String)] = [
        ("theme", "colour theme for the console: default, dark, light, high-contrast, mono, or a path"),
        ("db", "database file used when neither --db nor $HELPDESK_DB is given"),
        ("group", "operating-system group sharing the database and backups on a support host (files 0660, folder 2770)"),
        ("lang", "interface language: en or zh (else LC_ALL, LC_MESSAGES, LANG; --lang overrides it)"),
    ]

    public var values: [String: String]

    public init(values: [String: String] = [:]) { self.values = values }

    public subscript(key: String) -> String? { values[key] }

    /// Parses the text of the file at `path` (the path is only used in messages).
    public static func parse(_ text: String, path: String) throws -> ConfigFile {
        var values: [String: String] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let where_ = "\(path):\(index + 1)"
            guard let eq = line.firstIndex(of: "=") else {
                throw ValidationError("\(where_): expected “key = value”, found “\(line)”")
            }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            guard knownKeys.contains(where: { $0.key == key }) else {
                let known = knownKeys.map(\.key).joined(separator: ", ")
                throw ValidationError("\(where_): unknown setting “\(key)”; known settings: \(known)")
            }
            guard !value.isEmpty else { throw ValidationError("\(where_): “\(key)” has no value") }
            guard values[key] == nil else { throw ValidationError("\(where_): “\(key)” is set twice") }
            if key == "lang", Language(code: value) == nil {
                throw ValidationError("\(where_): “lang” must be en or zh, not “\(value)”")
            }

            values[key] = value
        }
        return ConfigFile(values: values)
    }

    /// `$XDG_CONFIG_HOME/helpdesk/config`, else `~/.config/helpdesk/config`.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/helpdesk/config" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/helpdesk/config" }
        return nil
    }
}

import Foundation
