import Foundation
import HelpdeskCore
import HelpdeskMail

/// Set by SIGINT/SIGTERM; the watch loop finishes the message in hand and stops.
nonisolated(unsafe) private var stopRequested: sig_atomic_t = 0

/// `helpdesk mail import --watch`: polls a Maildir's new/ folder and moves each message it has
/// taken (created, threaded or already known) to cur/ marked seen. A broken message stays in
/// new/ for a person to look at and is reported once per run.
struct MailWatch {
    let importer: MailImportRun
    let maildir: Maildir
    let interval: Double

    func run() -> MailImportSummary {
        signal(SIGINT) { _ in stopRequested = 1 }
        signal(SIGTERM) { _ in stopRequested = 1 }
        var summary = MailImportSummary()
        var reported: Set<String> = []
        FileHandle.standardError.write(Data("helpdesk: \(tr("watching %@/new (Ctrl-C stops)", maildir.path))\n".utf8))
        while stopRequested == 0 {
            for file in maildir.messageFiles(includeCur: false) where !reported.contains(file) {
                if stopRequested != 0 { break }
                let outcome = importer.takeFile(file)
                importer.report(file, outcome)
                summary.count(outcome)
                if case .failed = outcome {
                    reported.insert(file)
                    continue
                }
                do { try maildir.markSeen(file) } catch {
                    importer.report(file, .failed("\(error)"))
                    reported.insert(file)
                }
            }
            // Sleep in short steps so Ctrl-C is answered promptly.
            var waited = 0.0
            while waited < interval && stopRequested == 0 {
                usleep(100_000)
                waited += 0.1
            }
        }
        return summary
    }
}
