import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: tr("Copy the database while others keep working (a consistent snapshot)."),
        discussion: tr("Without PATH the copy goes next to the database, named with the date and time. PATH may be a folder. The copy is 0600, or 0660 for the settings file's group."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Where to write the copy (a new file, or a folder)."), valueName: "path")) var path: String?

    func run() throws {
        let database = try Session.databasePath(options)
        let sharing = try Session.sharing()
        Interruption.install()
        let progress = ProgressLine(total: nil, unit: .bytes, phase: "backup")
        let file: BackupFile
        do {
            file = try StoreBackup.backup(databaseAt: database, to: path, sharing: sharing) { done, total in
                progress.update(done: done, total: total)
                try Interruption.check(tr("after copying %@ of %@; no backup was written (the partial file is removed) and the database is unchanged; run it again", ByteCount.text(done), ByteCount.text(total)))
            }
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        print(tr("backup written: %@ (%@)", file.path, ByteCount.text(file.bytes)))
    }
}
