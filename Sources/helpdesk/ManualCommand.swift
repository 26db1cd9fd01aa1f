import ArgumentParser
import HelpdeskCore

/// `helpdesk manual`: prints helpdesk(1); scripts/install-extras installs it.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: tr("Print the man page, helpdesk(1), in roff (scripts/install-extras installs it)."),
        shouldDisplay: false)

    func run() throws {
        print(ManualPage(root: try CommandInfo.helpdesk()).render(), terminator: "")
    }
}
