import Foundation

/// Finds themes by name: `<name>.theme` in the theme directories, else the built-in default and mono.
///
/// Directories are searched in order: `$HELPDESK_THEMES`, the user's
/// `$XDG_CONFIG_HOME/helpdesk/themes` (or `~/.config/helpdesk/themes`), `themes/` beside the
/// executable, `../share/helpdesk/themes` from it, and the `themes/` of the source checkout
/// the executable was built in. A file on disk wins over the built-in theme of the same name,
/// so a site can restyle "default" without rebuilding. A name containing "/" is a file path.
public struct ThemeLoader: Sendable {
    public var directories: [String]

    public init(directories: [String]) {
        self.directories = directories
    }

    /// The standard search path for this process.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                executablePath: String = CommandLine.arguments.first ?? "") -> ThemeLoader {
        var dirs: [String] = []
        if let own = environment["HELPDESK_THEMES"], !own.isEmpty { dirs.append(own) }
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            dirs.append(config + "/helpdesk/themes")
        } else if let home = environment["HOME"], !home.isEmpty {
            dirs.append(home + "/.config/helpdesk/themes")
        }
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        dirs.append(executable.appendingPathComponent("themes").path)
        dirs.append(executable.appendingPathComponent("../share/helpdesk/themes").standardized.path)
        // A development build lives in <checkout>/.build/<triple>/debug; its themes are in <checkout>/themes.
        var folder = executable
        for _ in 0..<5 {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                dirs.append(folder.appendingPathComponent("themes").path)
                break
            }
            folder.deleteLastPathComponent()
        }
        return ThemeLoader(directories: dirs)
    }

    /// The theme called `name` (nil means "default").
    public func load(_ name: String?) throws -> Theme {
        let wanted = name ?? Theme.standard.name
        if wanted.contains("/") {
            let url = URL(fileURLWithPath: wanted)
            return try read(url, name: url.deletingPathExtension().lastPathComponent)
        }
        guard wanted.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw ThemeError(source: "theme “\(wanted)”", message: "a theme name is letters, digits, “-” and “_”; give a path with “/” to load a file")
        }
        for dir in directories {
            let url = URL(fileURLWithPath: dir).appendingPathComponent(wanted + ".theme")
            if FileManager.default.fileExists(atPath: url.path) { return try read(url, name: wanted) }
        }
        if wanted == Theme.standard.name { return Theme.standard }
        if wanted == Theme.mono.name { return Theme.mono }
        let known = availableNames().joined(separator: ", ")
        throw ThemeError(source: "theme “\(wanted)”", message: "no such theme; available: \(known) (searched \(directories.joined(separator: ", ")))")
    }

    /// Every theme name that `load` would find, sorted.
    public func availableNames() -> [String] {
        var names: Set<String> = [Theme.standard.name, Theme.mono.name]
        for dir in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            for file in files where file.hasSuffix(".theme") { names.insert(String(file.dropLast(6))) }
        }
        return names.sorted()
    }

    private func read(_ url: URL, name: String) throws -> Theme {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ThemeError(source: url.path, message: "cannot read the theme file (\(error.localizedDescription))")
        }
        return try ThemeParser.parse(text, name: name, source: url.path)
    }
}
