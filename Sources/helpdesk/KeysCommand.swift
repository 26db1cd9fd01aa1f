import ArgumentParser
import HelpdeskCore
import HelpdeskTUI

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: tr("Print the console's key table as Markdown (the one in docs/user-guide.md)."))

    func run() throws {
        print(CommandRegistry.guideBeginMarker)
        print(CommandRegistry.standard.markdownKeyTable(), terminator: "")
        print(CommandRegistry.guideEndMarker)
    }
}
