/// A support team: the categories it handles and whether new tickets are assigned automatically.
public struct Team: Sendable, Equatable, Codable {
    /// The team every engineer starts in and every ticket no other team handles goes to.
    public static let defaultName = "support"

    public var name: String
    public var categories: Set<Category>
    /// New and reopened tickets are given to the best eligible team member by `AssignmentEngine`.
    public var autoAssign: Bool

    public init(name: String, categories: Set<Category> = [], autoAssign: Bool = false) {
        self.name = name
        self.categories = categories
        self.autoAssign = autoAssign
    }

    /// Categories in a stable order, for display and storage.
    public var sortedCategories: [Category] { Category.allCases.filter(categories.contains) }

    /// The name of the team handling `category`: the one whose categories include it, else the default team.
    public static func name(for category: Category, in teams: [Team]) -> String {
        teams.first { $0.categories.contains(category) }?.name ?? defaultName
    }

    /// A team name is written like a login: lower-case letters, digits, dot, dash and underscore.
    public static func isValidName(_ name: String) -> Bool { Engineer.isValidLogin(name) }

    /// Refuses a category another team already handles, so every ticket has exactly one team.
    public func checkNoOverlap(with others: [Team]) throws {
        for other in others where other.name != name {
            let shared = other.categories.intersection(categories)
            if !shared.isEmpty {
                let list = Category.allCases.filter(shared.contains).map(\.rawValue).joined(separator: ",")
                throw WorkflowError.invalid("team \(other.name) already handles \(list); a category belongs to one team")
            }
        }
    }
}
