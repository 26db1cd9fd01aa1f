import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct KBExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: tr("Write every article (drafts and archived too) as a Markdown file with a front-matter header."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Folder to write into (created if missing)."), valueName: "dir")) var dir: String

    func run() throws {
        let session = try Session.open(options)
        let articles = try session.store.allArticles()
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            throw CLIError(tr("cannot create the folder %@: %@", dir, error.localizedDescription))
        }
        Interruption.install()
        let progress = ProgressLine(total: articles.count, unit: "articles", phase: "kb export")
        for (index, article) in articles.enumerated() {
            if Interruption.requested { progress.finish() }
            try Interruption.check(tr("after writing %@ of %@ articles to %@ (each file written is whole); run it again to write them all", index, articles.count, dir))
            progress.update(done: index)
            let file = KBArticleFile(article)
            let path = (dir as NSString).appendingPathComponent(file.fileName)
            guard FileManager.default.createFile(atPath: path, contents: Data(file.rendered().utf8)) else {
                progress.finish()
                throw CLIError(tr("cannot write %@", path))
            }
        }
        progress.update(done: articles.count)
        progress.finish()
        print(articles.count == 1 ? tr("exported 1 article to %@", dir) : tr("exported %@ articles to %@", articles.count, dir))
    }
}

struct KBImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: tr("Read every .md file in a folder: new ids create articles, known ids save a new version."),
        discussion: tr("A file that cannot be read is reported with its name and the reason, and the others are still imported; the exit status is 1 when any file failed."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Folder of .md files."), valueName: "dir")) var dir: String

    func run() throws {
        let session = try Session.open(options)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".md") }.sorted()
        } catch {
            throw CLIError(tr("cannot read the folder %@: %@", dir, error.localizedDescription))
        }
        var created = 0, updated = 0, unchanged = 0, failed = 0
        Interruption.install()
        let progress = ProgressLine(total: names.count, unit: "files", phase: "kb import")
        for (index, name) in names.enumerated() {
            if Interruption.requested {
                progress.finish()
                print(tr("imported %@ of %@ files: %@ created, %@ updated, %@ unchanged, %@ failed", index - failed, names.count, created, updated, unchanged, failed))
                throw Interrupted(message: "after \(index) of \(names.count) files; run it again to continue — files already imported are left unchanged")
            }
            progress.update(done: index)
            let path = (dir as NSString).appendingPathComponent(name)
            do {
                guard let data = FileManager.default.contents(atPath: path) else { throw CLIError(tr("cannot be read")) }
                guard let text = String(data: data, encoding: .utf8) else { throw CLIError(tr("is not UTF-8 text")) }
                let file = try KBArticleFile(parsing: text)
                switch try session.store.importArticle(file, by: session.actor, at: Date()) {
                case let .created(id):
                    created += 1
                    progress.interleave { print(tr("%@: created #%@", name, id)) }
                case let .updated(id, version):
                    updated += 1
                    progress.interleave { print(tr("%@: updated #%@ to version %@", name, id, version)) }
                case .unchanged:
                    unchanged += 1
                }
            } catch let error as FrontMatterError {
                failed += 1
                let place = error.line > 0 ? tr("line %@: ", error.line) : ""
                FileHandle.standardError.write(Data("helpdesk: \(name): \(place)\(error.reason)\n".utf8))
            } catch {
                failed += 1
                FileHandle.standardError.write(Data("helpdesk: \(name): \(error)\n".utf8))
            }
        }
        progress.update(done: names.count)
        progress.finish()
        print(tr("imported %@ of %@ files: %@ created, %@ updated, %@ unchanged, %@ failed", names.count - failed, names.count, created, updated, unchanged, failed))
        if failed > 0 { throw CLIError(tr("%@ of %@ files could not be imported; see the reasons above", failed, names.count)) }
    }
}
