import Foundation
import XCTest

/// The test messages in Fixtures/, written to look like what real mailers send.
enum Fixture {
    static var folder: String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path
    }

    static func path(_ name: String) -> String { folder + "/" + name }

    static func bytes(_ name: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path(name)) else {
            throw NSError(domain: "Fixture", code: 1, userInfo: [NSLocalizedDescriptionKey: "missing fixture \(name)"])
        }
        return [UInt8](data)
    }

    /// A copy of a fixture folder or file in a temporary place the test may change.
    static func copy(_ name: String) throws -> String {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("mailfix-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: path(name), toPath: target)
        return target
    }
}
