import ArgumentParser

@main
struct Helpdesk: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "helpdesk", abstract: "Terminal console for IT support teams.")
}
