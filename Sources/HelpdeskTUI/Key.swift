/// One key press (or resize, or click) as the console understands it.
public enum Key: Hashable, Sendable {
    /// A printable character, including CJK typed through an input method.
    case char(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    /// F1 … F12.
    case function(Int)
    /// Ctrl with a letter, lower-case: `.ctrl("r")` is Ctrl-R.
    case ctrl(Character)
    /// Ctrl with an arrow: a word jump in text entry (terminfo kLFT5 / kRIT5).
    case ctrlLeft, ctrlRight
    /// Alt (Meta) with a character, which terminals send as Esc then the character: Alt-b is `.alt("b")`.
    case alt(Character)
    /// The terminal changed size.
    case resize
    /// A left click at a screen cell.
    case mouse(y: Int, x: Int)
    case wheelUp, wheelDown

    /// How help and the hint bar name the key ("j", "PgDn", "Ctrl-R", "S-Tab").
    public var label: String {
        switch self {
        case let .char(c): c == " " ? "Space" : String(c)
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .insert: "Ins"
        case let .function(n): "F\(n)"
        case let .ctrl(c): "Ctrl-\(String(c).uppercased())"
        case .ctrlLeft: "Ctrl-Left"
        case .ctrlRight: "Ctrl-Right"
        case let .alt(c): "Alt-\(c)"
        case .resize: "Resize"
        case .mouse: "Click"
        case .wheelUp: "Wheel up"
        case .wheelDown: "Wheel down"
        }
    }

    /// The key a plain character code from the keyboard stands for; nil for codes that mean nothing here.
    public static func fromCharacterCode(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
        case 0...31, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }
}
