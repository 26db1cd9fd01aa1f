/// What a text widget says after a key, for its host to act on.
public enum WidgetOutcome: Sendable, Equatable {
    /// Still editing (including keys the widget does not use).
    case editing
    /// Enter (field) or Ctrl-S/F2 (editor) with acceptable text; carries the text as typed.
    case submitted(String)
    /// Esc with nothing changed, or "y" to the discard question: close without keeping the text.
    case cancelled
    /// Esc after typing: the widget now asks "discard typed text? y/n" and waits for the answer.
    case confirmingDiscard
}
