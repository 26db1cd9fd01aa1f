import Foundation

/// What a saved view may be called and hold, and who may share or remove one.
public enum SavedViewRules {
    /// Longest name, in characters; the tab shows fewer columns and elides the rest.
    public static let nameCharacters = 40
    /// Longest filter, as the console's `/` filter allows.
    public static let filterCharacters = 100
    /// Views one engineer may own, private and shared together: tabs are for a handful.
    public static let viewsPerOwner = 20

    /// The name trimmed, or why it cannot be used. Built-in view names are refused so that
    /// `ticket list --view open` always means the built-in view.
    public static func checkedName(_ raw: String) throws -> String {
        let name = try Limits.checked(raw, "the view name", limit: nameCharacters)
        // Escapes and bidi overrides would reach every teammate's tab bar.
        let hidden = name.unicodeScalars.contains { scalar in
            let category = scalar.properties.generalCategory
            return category == .control || (category == .format && scalar != "\u{200D}")
        }
        if hidden {
            throw WorkflowError.invalid("the view name “\(SafeText.sanitize(name))” contains control characters; type it again without them")
        }
        if let view = QueueView.allCases.first(where: { $0.rawValue.caseInsensitiveCompare(name) == .orderedSame
                                                        || $0.title.caseInsensitiveCompare(name) == .orderedSame }) {
            throw WorkflowError.invalid("“\(name)” is the name of the built-in view \(view.title); choose another name")
        }
        return name
    }

    /// The view to store: name and filter checked and trimmed.
    public static func checked(_ view: NewSavedView) throws -> NewSavedView {
        var checked = view
        checked.name = try checkedName(view.name)
        checked.filter = try Limits.checked(view.filter, "the filter", limit: filterCharacters, required: false)
        return checked
    }
}

/// Saved views: sharing with the team is a lead's call, and so is removing a view a lead shared.
extension AccessPolicy {
    /// Saving is open to everyone; saving a shared view needs `shareViews`.
    public static func checkSaveView(_ view: NewSavedView, by actor: Actor) throws {
        if view.isShared { try check(.shareViews, by: actor) }
    }

    /// The owner may remove or unshare their view; a lead or an admin may also remove or unshare
    /// a shared one. Another engineer's private view is not theirs to touch, whatever the role.
    public static func checkChangeView(_ view: SavedView, by actor: Actor) throws {
        if view.owner == actor.login { return }
        guard view.isShared else {
            throw WorkflowError.denied("“\(view.name)” is \(view.owner)'s private view; only its owner can change or remove it")
        }
        if !allows(actor.role, .shareViews) {
            throw WorkflowError.denied("“\(view.name)” was shared by \(view.owner); only its owner, a lead or an admin can change or remove it")
        }
    }
}
