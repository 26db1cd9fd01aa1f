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

/// The prompts of the ticket actions.
extension Prompt {
    static func reply(to requester: String) -> Prompt {
        var prompt = Prompt(title: "Reply to \(SafeText.sanitize(requester))", hint: "The requester sees this reply.",
                            multiLine: true, required: true, what: "the reply")
        prompt.offersTemplates = true
        return prompt
    }

    static let note = Prompt(title: "Internal note", hint: "🔒 Only the team sees notes; the requester never does.",
                             multiLine: true, required: true, what: "the note")
    static let escalation = Prompt(title: "Escalate to second line (L2)",
                                   hint: "What was tried so far.",
                                   multiLine: true, required: true, what: "the escalation details")
    static let requesterData = Prompt(title: "Escalate: the requester's data",
                                      hint: "Error text, screenshots by name, steps to reproduce, as the requester gave them.",
                                      multiLine: true, required: true, what: "the requester's data")
    static let resolution = Prompt(title: "Resolve", hint: "What was done to solve it; the requester sees it.",
                                   multiLine: true, required: true, what: "the resolution")
    static let reopenReason = Prompt(title: "Reopen", hint: "What is still wrong?", multiLine: false, required: true, what: "the reason",
                                     limit: Limits.bodyCharacters)
    static let cancelReason = Prompt(title: "Cancel the ticket", hint: "Why is no work needed?", multiLine: false, required: true, what: "the reason")

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
            return Prompt(title: "Reassign from \(owner) to \(engineer)", hint: "Why? The reason goes into the ticket's history.",
                          multiLine: false, required: true, what: "the reason for reassigning")
        }
        return Prompt(title: "Assign to \(engineer)", hint: "Reason for the history (optional; Enter skips).",
                      multiLine: false, required: false, what: "the reason")
    }

    static let minutes = Prompt(title: "Log time", hint: "Minutes worked: 30, 45m, 1h30m, 1.5h, 2小时.",
                                multiLine: false, required: true, what: "the time worked")
    static let timeNote = Prompt(title: "Log time", hint: "What was done (optional; Enter skips).",
                                 multiLine: false, required: false, what: "the note")

    static func tags(current: [String]) -> Prompt {
        Prompt(title: "Tags", hint: "Separate tags with commas or spaces; an empty line removes them all.",
               multiLine: false, required: false, what: "the tags", initialText: current.joined(separator: ", "),
               limit: Limits.tagsPerTicket * (Limits.tagCharacters + 2))
    }

    static let newTitle = Prompt(title: "New ticket", hint: "Title: the problem in one line.", multiLine: false, required: true, what: "the title")
    static let requesterName = Prompt(title: "New ticket", hint: "Requester's name.", multiLine: false, required: true,
                                      what: "the requester's name", limit: Limits.nameCharacters)
    static let contact = Prompt(title: "New ticket", hint: "Requester's e-mail or phone; a known contact brings back their organisation and VIP flag.",
                                multiLine: false, required: true, what: "the requester's contact", limit: Limits.nameCharacters)
    static let newDescription = Prompt(title: "New ticket", hint: "Description: what happens, since when, what was tried (optional).",
                                       multiLine: true, required: false, what: "the description")

    static func articleTitle(_ title: String) -> Prompt {
        Prompt(title: "New knowledge-base article", hint: "Title, as people will search for it.",
               multiLine: false, required: true, what: "the article title", initialText: title)
    }

    static func articleBody(_ body: String) -> Prompt {
        Prompt(title: "New knowledge-base article", hint: "The problem and its solution; edit before saving.",
               multiLine: true, required: true, what: "the article text", initialText: body)
    }
}
