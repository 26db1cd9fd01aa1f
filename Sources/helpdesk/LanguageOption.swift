import Foundation
import HelpdeskCore

/// `--lang en|zh`, taken out of the arguments before the parser sees them, so that the language is
/// chosen before any help text or message is worded and every subcommand accepts it alike.
enum LanguageOption {
    /// The arguments without `--lang X` / `--lang=X` (none after a `--`), and the value given, if any.
    static func extract(from arguments: [String]) throws -> (arguments: [String], value: String?) {
        var kept: [String] = []
        var value: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                kept += arguments[index...]
                break
            }
            if argument == "--lang" {
                guard index + 1 < arguments.count else { throw CLIError(tr("--lang needs a value: en or zh")) }
                value = arguments[index + 1]
                index += 2
                continue
            }
            if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
                index += 1
                continue
            }
            kept.append(argument)
            index += 1
        }
        return (kept, value)
    }

    /// Sets the process's language from `--lang`, the config file's `lang`, then the locale variables,
    /// and returns the arguments left for the parser. A settings file that does not parse is left
    /// for the command that reads it to report.
    static func choose(arguments: [String], environment: [String: String]) throws -> [String] {
        let (rest, flag) = try extract(from: arguments)
        let config = flag == nil ? (try? Settings.load(environment: environment))?["lang"] : nil
        L10n.chosen = try Language.resolve(flag: flag, config: config, environment: environment)
        return rest
    }
}
