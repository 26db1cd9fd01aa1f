import Foundation

/// A Maildir folder: messages arrive in new/, readers move them to cur/ with an info suffix
/// (":2,S" marks a message seen), as mail delivery agents and mail readers expect.
public struct Maildir {
    public let path: String

    public init(path: String) { self.path = path }

    /// Whether the folder has the cur/ or new/ of a Maildir.
    public static func isMaildir(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return ["new", "cur"].contains { sub in
            FileManager.default.fileExists(atPath: path + "/" + sub, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    /// Message files in cur/ then new/, each sorted by name (delivery time comes first in Maildir names).
    public func messageFiles(includeCur: Bool = true) -> [String] {
        (includeCur ? ["cur", "new"] : ["new"]).flatMap { sub -> [String] in
            let folder = path + "/" + sub
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
        }
    }

    /// Moves a message from new/ to cur/ marked seen; the new path.
    @discardableResult
    public func markSeen(_ file: String) throws -> String {
        let name = (file as NSString).lastPathComponent
        let base = name.split(separator: ":", maxSplits: 1).first.map(String.init) ?? name
        let target = path + "/cur/" + base + ":2,S"
        try FileManager.default.createDirectory(atPath: path + "/cur", withIntermediateDirectories: true)
        // rename(2) is atomic within one file system, which Maildir's cur/ and new/ share.
        guard rename(file, target) == 0 else {
            throw MailParseError("cannot move \(file) to cur/: \(String(cString: strerror(errno)))")
        }
        return target
    }
}
