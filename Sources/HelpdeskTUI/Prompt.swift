import HelpdeskCore

/// A question answered by typing: one line in a `TextField`, or several in a `TextEditor`.
public struct Prompt: Sendable, Equatable {
    /// The widget the text is typed into.
    public enum Input: Sendable, Equatable {
        case line(TextField)
        case block(TextEditor)
    }

    /// What a key did to the prompt.
    public enum Outcome: Sendable, Equatable {
        /// Still typing, or answering the widget's "discard typed text?".
        case editing
        case submitted(String)
        /// Esc on untouched text, or the typed text discarded.
        case cancelled
    }

    /// The dialog's title ("Reply to 王伟").
    public var title: String
    /// One line under the title saying what the text is for and who will see it.
    public var hint: String
    public var isMultiLine: Bool
    /// An empty answer is refused with "<what> must not be empty".
    public var isRequired: Bool
    /// What the answer is, as the refusal names it ("the resolution").
    public var what: String
    /// The text the prompt opened with.
    public private(set) var initialText: String
    /// Most characters the answer may hold (Core's limit for that kind of text).
    public var limit: Int
    public private(set) var input: Input
    /// Ctrl-T opens the reply templates over this prompt (texts the requester reads).
    public var offersTemplates = false

    public init(title: String, hint: String, multiLine: Bool, required: Bool, what: String, initialText: String = "",
                limit: Int? = nil) {
        self.title = title
        self.hint = hint
        self.isMultiLine = multiLine
        self.isRequired = required
        self.what = what
        self.initialText = initialText
        self.limit = limit ?? (multiLine ? Limits.bodyCharacters : Limits.titleCharacters)
        input = Self.input(text: initialText, multiLine: multiLine, required: required, what: what, limit: self.limit)
    }

    private static func input(text: String, multiLine: Bool, required: Bool, what: String, limit: Int) -> Input {
        let name = what.prefix(1).uppercased() + what.dropFirst()
        if multiLine {
            // Core's megabyte limit is no use as a live count ("49/1000000"); Core still enforces it.
            return .block(TextEditor(text: text, viewport: TerminalSize(rows: 8, cols: 60), name: name,
                                     limit: limit < Limits.bodyCharacters ? limit : nil, allowsEmpty: !required))
        }
        return .line(TextField(text: text, width: 60, name: name, limit: limit, allowsEmpty: !required))
    }

    /// The text as typed so far.
    public var text: String {
        switch input {
        case let .line(field): field.text
        case let .block(editor): editor.text
        }
    }

    /// The same prompt opening with `text` instead (a draft kept from a refused try).
    func startingWith(_ text: String) -> Prompt {
        var copy = self
        copy.initialText = text
        copy.input = Self.input(text: text, multiLine: isMultiLine, required: isRequired, what: what, limit: limit)
        return copy
    }

    /// Applies one key to the widget.
    public mutating func handle(_ key: Key) -> Outcome {
        let outcome: WidgetOutcome
        switch input {
        case var .line(field):
            outcome = field.handle(key)
            input = .line(field)
        case var .block(editor):
            outcome = editor.handle(key)
            input = .block(editor)
        }
        switch outcome {
        case .editing, .confirmingDiscard: return .editing
        case let .submitted(text): return .submitted(text)
        case .cancelled: return .cancelled
        }
    }

    /// Inserts `text` at the cursor of a multi-line prompt, as if pasted; a one-line prompt is left as it is.
    mutating func insert(_ text: String) {
        guard case var .block(editor) = input else { return }
        editor.insert(text)
        input = .block(editor)
    }

    /// The widget's size inside the dialog on a `cols`×`rows` screen, leaving `reserved` rows for the text above it.
    static func widgetSize(multiLine: Bool, cols: Int, rows: Int, reserved: Int) -> TerminalSize {
        let width = max(20, min(cols - 8, multiLine ? 100 : 90))
        let height = multiLine ? max(4, min(16, rows - 6 - reserved)) : 2
        return TerminalSize(rows: height, cols: width)
    }

    /// Gives the widget its size for this screen, so its wrapping and scrolling follow the dialog.
    mutating func fit(cols: Int, rows: Int, reserved: Int) {
        let size = Self.widgetSize(multiLine: isMultiLine, cols: cols, rows: rows, reserved: reserved)
        switch input {
        case var .line(field):
            field.width = size.cols
            input = .line(field)
        case var .block(editor):
            editor.viewport = size
            input = .block(editor)
        }
    }
}

/// The prompts of the ticket actions, worded in the interface language when asked for.
extension Prompt {
    static func reply(to requester: String) -> Prompt {
        var prompt = Prompt(title: tr("Reply to %@", SafeText.sanitize(requester)), hint: tr("The requester sees this reply."),
                            multiLine: true, required: true, what: tr("the reply"))
        prompt.offersTemplates = true
        return prompt
    }

    static var note: Prompt {
        Prompt(title: tr("Internal note"), hint: tr("🔒 Only the team sees notes; the requester never does."),
               multiLine: true, required: true, what: tr("the note"))
    }
    static var escalation: Prompt {
        Prompt(title: tr("Escalate to second line (L2)"), hint: tr("What was tried so far."),
               multiLine: true, required: true, what: tr("the escalation details"))
    }
    static var requesterData: Prompt {
        Prompt(title: tr("Escalate: the requester's data"),
               hint: tr("Error text, screenshots by name, steps to reproduce, as the requester gave them."),
               multiLine: true, required: true, what: tr("the requester's data"))
    }
    static var resolution: Prompt {
        Prompt(title: tr("Resolve"), hint: tr("What was done to solve it; the requester sees it."),
               multiLine: true, required: true, what: tr("the resolution"))
    }
    static var reopenReason: Prompt {
        Prompt(title: tr("Reopen"), hint: tr("What is still wrong?"), multiLine: false, required: true, what: tr("the reason"),
               limit: Limits.bodyCharacters)
    }
    static var cancelReason: Prompt {
        Prompt(title: tr("Cancel the ticket"), hint: tr("Why is no work needed?"), multiLine: false, required: true, what: tr("the reason"))
    }

    /// The text a status needs before the ticket can move there; nil when it needs none.
    static func statusText(for status: TicketStatus) -> Prompt? {
        switch status {
        case .resolved: resolution
        case .escalated: escalation
        case .reopened: reopenReason
        case .cancelled: cancelReason
        default: nil
        }
    }

    static func assignReason(to engineer: String, replacing owner: String?) -> Prompt {
        if let owner {
            return Prompt(title: tr("Reassign from %@ to %@", owner, engineer), hint: tr("Why? The reason goes into the ticket's history."),
                          multiLine: false, required: true, what: tr("the reason for reassigning"))
        }
        return Prompt(title: tr("Assign to %@", engineer), hint: tr("Reason for the history (optional; Enter skips)."),
                      multiLine: false, required: false, what: tr("the reason"))
    }

    static var minutes: Prompt {
        Prompt(title: tr("Log time"), hint: tr("Minutes worked: 30, 45m, 1h30m, 1.5h, 2小时."),
               multiLine: false, required: true, what: tr("the time worked"))
    }
    static var timeNote: Prompt {
        Prompt(title: tr("Log time"), hint: tr("What was done (optional; Enter skips)."),
               multiLine: false, required: false, what: tr("the note"))
    }

    static func tags(current: [String]) -> Prompt {
        Prompt(title: tr("Tags"), hint: tr("Separate tags with commas or spaces; an empty line removes them all."),
               multiLine: false, required: false, what: tr("the tags"), initialText: current.joined(separator: ", "),
               limit: Limits.tagsPerTicket * (Limits.tagCharacters + 2))
    }

    static var newTitle: Prompt {
        Prompt(title: tr("New ticket"), hint: tr("Title: the problem in one line."), multiLine: false, required: true, what: tr("the title"))
    }
    static var requesterName: Prompt {
        Prompt(title: tr("New ticket"), hint: tr("Requester's name."), multiLine: false, required: true,
               what: tr("the requester's name"), limit: Limits.nameCharacters)
    }
    static var contact: Prompt {
        Prompt(title: tr("New ticket"), hint: tr("Requester's e-mail or phone; a known contact brings back their organisation and VIP flag."),
               multiLine: false, required: true, what: tr("the requester's contact"), limit: Limits.nameCharacters)
    }
    static var newDescription: Prompt {
        Prompt(title: tr("New ticket"), hint: tr("Description: what happens, since when, what was tried (optional)."),
               multiLine: true, required: false, what: tr("the description"))
    }

    static func articleTitle(_ title: String) -> Prompt {
        Prompt(title: tr("New knowledge-base article"), hint: tr("Title, as people will search for it."),
               multiLine: false, required: true, what: tr("the article title"), initialText: title)
    }

    static func articleBody(_ body: String) -> Prompt {
        Prompt(title: tr("New knowledge-base article"), hint: tr("The problem and its solution; edit before saving."),
               multiLine: true, required: true, what: tr("the article text"), initialText: body)
    }
}
