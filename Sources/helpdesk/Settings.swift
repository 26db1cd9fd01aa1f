import Foundation
import HelpdeskCore

/// The user's settings file, read once per run; a missing file means no settings.
enum Settings {
    static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ConfigFile {
        guard let path = environment["HELPDESK_CONFIG"] ?? ConfigFile.defaultPath(environment: environment),
              FileManager.default.fileExists(atPath: path) else { return ConfigFile() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError(tr("cannot read the settings file %@", path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError(tr("%@ is not UTF-8 text", path))
        }
        return try ConfigFile.parse(text, path: path)
    }
}
