import ArgumentParser

/// `helpdesk-bench`: builds data sets and measures the console against the speed targets of
/// docs/performance.md. The `writer` subcommand is the worker process of the concurrency measure.
@main
struct HelpdeskBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpdesk-bench",
        abstract: "Measure helpdesk at 10k, 100k and 1M tickets against its speed targets.",
        subcommands: [RunCommand.self, WriterCommand.self],
        defaultSubcommand: RunCommand.self)
}
