import CNCursesw

extension Key {
    /// The key for an ncurses function-key code from `get_wch` (KEY_UP, KEY_NPAGE, …).
    /// Mouse events are decoded by the terminal, which has to ask `getmouse` for them.
    static func fromCursesKeyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_BEG, KEY_A1: return .home
        case KEY_END, KEY_LL, KEY_C1: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case hd_key_f(1)...hd_key_f(12): return .function(Int(code - hd_key_f(0)))
        default: return nil
        }
    }
}

extension Key {
    /// Keys whose codes curses makes up per terminal from extended terminfo names
    /// (xterm's "\e[1;5D" is kLFT5), so they can only be looked up once a screen is set.
    static func extendedCursesKeys() -> [Int32: Key] {
        var keys: [Int32: Key] = [:]
        for (name, key) in [("kLFT5", Key.ctrlLeft), ("kRIT5", .ctrlRight)] {
            guard let sequence = tigetstr(name), Int(bitPattern: sequence) != -1 else { continue }
            let code = key_defined(sequence)
            if code > 0 { keys[code] = key }
        }
        return keys
    }
}
