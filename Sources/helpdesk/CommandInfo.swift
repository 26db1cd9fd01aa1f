import Foundation

/// The command tree as swift-argument-parser describes it (`--experimental-dump-help`), read back
/// so the man page is generated from the same definitions as `--help` and the completions.
struct CommandInfo: Decodable {
    struct Name: Decodable {
        var kind: String
        var name: String

        /// "--db", "-o", "-long-with-single-dash".
        var spelled: String { kind == "short" || kind == "longWithSingleDash" ? "-" + name : "--" + name }
    }

    struct Argument: Decodable {
        var kind: String
        var shouldDisplay: Bool?
        var isOptional: Bool?
        var isRepeating: Bool?
        var names: [Name]?
        var valueName: String?
        var defaultValue: String?
        var abstract: String?
        var discussion: String?

        var isHelp: Bool { names?.contains { $0.name == "help" || $0.name == "version" } ?? false }
        var visible: Bool { (shouldDisplay ?? true) && !isHelp }
    }

    private struct Root: Decodable { var command: CommandInfo }

    var commandName: String
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var subcommands: [CommandInfo]?
    var arguments: [Argument]?

    /// The tree of `Helpdesk`, from argument-parser's own description of it.
    static func helpdesk() throws -> CommandInfo {
        try JSONDecoder().decode(Root.self, from: Data(Helpdesk._dumpHelp().utf8)).command
    }

    var visibleSubcommands: [CommandInfo] { (subcommands ?? []).filter { $0.shouldDisplay ?? true } }
    var visibleArguments: [Argument] { (arguments ?? []).filter(\.visible) }

    /// Every command that runs something, with its full name ("ticket new"), depth first.
    func leaves(prefix: [String] = []) -> [(name: [String], info: CommandInfo)] {
        let children = visibleSubcommands
        let path = prefix + [commandName]
        if children.isEmpty { return [(path, self)] }
        return children.flatMap { $0.leaves(prefix: path) }
    }
}
