import Foundation

/// The languages the interface speaks. Ticket data is never translated; only the interface is.
public enum Language: String, CaseIterable, Sendable {
    case en, zh

    /// Accepts the codes `--lang` and the config key take: "en" or "zh" (any case).
    public init?(code: String) {
        self.init(rawValue: code.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The language a POSIX locale name asks for: zh_CN.*, zh_SG.* and zh_Hans* are Simplified Chinese,
    /// anything else (zh_TW included, whose users read Traditional characters) is English.
    public static func fromLocale(_ locale: String) -> Language {
        let name = locale.split(separator: ".").first.map(String.init) ?? locale
        let normalized = name.replacingOccurrences(of: "-", with: "_")
        if normalized.hasPrefix("zh_CN") || normalized.hasPrefix("zh_SG") || normalized.hasPrefix("zh_Hans") { return .zh }
        return .en
    }

    /// Chooses the language: `flag` (--lang) first, then the config file's `lang`, then the first
    /// non-empty of LC_ALL, LC_MESSAGES and LANG. A bad flag or config value is an error naming its source.
    public static func resolve(flag: String?, config: String?, environment: [String: String]) throws -> Language {
        if let flag {
            guard let language = Language(code: flag) else {
                throw ValidationError("--lang must be en or zh, not “\(flag)”")
            }
            return language
        }
        if let config {
            guard let language = Language(code: config) else {
                throw ValidationError("the setting “lang” must be en or zh, not “\(config)”")
            }
            return language
        }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[variable], !value.isEmpty { return fromLocale(value) }
        }
        return .en
    }
}
