import ArgumentParser
import HelpdeskCore

struct PermissionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permissions",
        abstract: tr("Print who may do what as Markdown (the table in docs/admin.md)."))

    func run() throws {
        print(Permission.tableBeginMarker)
        print(Permission.markdownTable())
        print(Permission.tableEndMarker)
    }
}
