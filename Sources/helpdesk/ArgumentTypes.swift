import ArgumentParser
import HelpdeskCore

// Lets enum options be typed by name, with the valid names listed in --help and in errors.

extension Channel: ExpressibleByArgument {}
extension Category: ExpressibleByArgument {}
extension Role: ExpressibleByArgument {}
extension QueueView: ExpressibleByArgument {}
extension QueueSort: ExpressibleByArgument {}

extension TicketStatus: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

extension Level: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { allCases.map(\.name) }
}

extension Priority: ExpressibleByArgument {
    public init?(argument: String) { self.init(label: argument) }
    public static var allValueStrings: [String] { allCases.map(\.label) }
}

extension Tier: ExpressibleByArgument {
    public init?(argument: String) { self.init(label: argument) }
    public static var allValueStrings: [String] { allCases.map(\.label) }
}

/// A comma-separated list of categories ("network,hardware").
struct SkillList: ExpressibleByArgument {
    let skills: Set<Category>

    init?(argument: String) {
        var found: Set<Category> = []
        for part in argument.split(separator: ",") {
            guard let c = Category(rawValue: part.trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
            found.insert(c)
        }
        skills = found
    }

    static var defaultCompletionKind: CompletionKind { .list(Category.allCases.map(\.rawValue)) }
}

/// A ticket number, written "42" or "#42".
struct TicketID: ExpressibleByArgument {
    let value: Int64

    init?(argument: String) {
        let digits = argument.hasPrefix("#") ? String(argument.dropFirst()) : argument
        guard let n = Int64(digits), n > 0 else { return nil }
        value = n
    }
}

import Foundation
