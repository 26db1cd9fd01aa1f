import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// Random edit sequences (seeded, so a failure repeats) on the text editor and the one-line field:
/// whatever is typed, pasted, deleted or resized, the buffer's invariants hold and nothing crashes.
final class TextEditorFuzzTests: XCTestCase {
    private static let keys: [Key] = [
        .left, .right, .up, .down, .home, .end, .pageUp, .pageDown, .backspace, .delete, .enter, .tab,
        .ctrl("a"), .ctrl("e"), .ctrl("k"), .ctrl("u"), .ctrl("w"), .ctrl("y"), .ctrl("d"), .ctrl("h"),
        .alt("b"), .alt("f"), .alt("d"), .ctrlLeft, .ctrlRight, .escape, .char("n"),
    ]

    private func key(_ rng: inout SeededGenerator) -> Key {
        Int.random(in: 0..<3, using: &rng) == 0 ? Self.keys.randomElement(using: &rng)! : .char(FuzzAlphabet.characters.randomElement(using: &rng)!)
    }

    private func checkInvariants(_ buffer: TextBuffer, limit: Int?, initial: Int, _ context: @autoclosure () -> String) {
        XCTAssertFalse(buffer.lines.isEmpty, context())
        XCTAssertTrue(buffer.lines.indices.contains(buffer.cursor.line), "cursor line out of range: \(context())")
        XCTAssertTrue((0...buffer.lines[buffer.cursor.line].count).contains(buffer.cursor.index), "cursor index out of range: \(context())")
        XCTAssertEqual(buffer.count, buffer.lines.reduce(0) { $0 + $1.count } + buffer.lines.count - 1, "count drifted: \(context())")
        XCTAssertEqual(buffer.text.split(separator: "\n", omittingEmptySubsequences: false).count, buffer.lines.count, context())
        if !buffer.allowsLineBreaks { XCTAssertEqual(buffer.lines.count, 1, context()) }
        if let limit { XCTAssertLessThanOrEqual(buffer.count, max(limit, initial), "limit broken: \(context())") }
        let raw = buffer.text.unicodeScalars.filter { scalar in
            (scalar.value < 0x20 && scalar != "\n") || scalar.value == 0x7F || (0x202A...0x202E).contains(scalar.value)
                || (0x2066...0x2069).contains(scalar.value)
        }
        XCTAssertTrue(raw.isEmpty, "control characters got in: \(raw.map { String($0.value, radix: 16) }) \(context())")
    }

    func testRandomEditsKeepTheEditorSound() {
        for seed in UInt64(1)...60 {
            var rng = SeededGenerator(seed: seed)
            let limit: Int? = Bool.random(using: &rng) ? Int.random(in: 5...80, using: &rng) : nil
            let initial = FuzzAlphabet.string(&rng, length: 20)
            var editor = TextEditor(text: initial, viewport: TerminalSize(rows: Int.random(in: 2...12, using: &rng), cols: Int.random(in: 1...40, using: &rng)),
                                    limit: limit)
            let startCount = editor.buffer.count
            let terminal = HeadlessTerminal(size: TerminalSize(rows: 14, cols: 44))
            for step in 0..<250 {
                let pressed = key(&rng)
                _ = editor.handle(pressed)
                if step % 25 == 0 {
                    editor.viewport = TerminalSize(rows: Int.random(in: 1...12, using: &rng), cols: Int.random(in: 1...40, using: &rng))
                }
                if step % 10 == 0 {
                    let rect = Rect(x: 1, y: 1, width: editor.viewport.cols, height: editor.viewport.rows)
                    if let cursor = editor.render(on: terminal, in: rect) {
                        XCTAssertTrue(cursor.y >= rect.y && cursor.y < rect.maxY && cursor.x >= rect.x && cursor.x <= rect.maxX,
                                      "cursor \(cursor) outside \(rect), seed \(seed) step \(step)")
                    }
                }
                checkInvariants(editor.buffer, limit: limit, initial: startCount, "seed \(seed) step \(step) after \(pressed)")
            }
        }
    }

    func testTypingThenDeletingBackwardRestoresTheText() {
        for seed in UInt64(100)...300 {
            var rng = SeededGenerator(seed: seed)
            var buffer = TextBuffer(FuzzAlphabet.string(&rng, length: 30))
            for _ in 0..<Int.random(in: 0...20, using: &rng) { buffer.moveLeft() }
            let before = buffer
            let character = FuzzAlphabet.characters.filter { $0.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && !(0x202A...0x202E).contains($0.value) } }
                .randomElement(using: &rng)!
            guard buffer.insert(character) else { continue }
            XCTAssertTrue(buffer.deleteBackward())
            XCTAssertEqual(buffer.text, before.text, "seed \(seed): typing \(character) and deleting it changed the text")
            XCTAssertEqual(buffer.cursor, before.cursor, "seed \(seed)")
        }
    }

    func testRandomEditsOnTheOneLineField() {
        for seed in UInt64(500)...540 {
            var rng = SeededGenerator(seed: seed)
            var field = TextField(text: FuzzAlphabet.string(&rng, length: 10), width: Int.random(in: 1...30, using: &rng), limit: 40)
            let initial = field.buffer.count
            let terminal = HeadlessTerminal(size: TerminalSize(rows: 3, cols: 34))
            for step in 0..<200 {
                _ = field.handle(key(&rng))
                if step % 20 == 0 { _ = field.render(on: terminal, in: Rect(x: 1, y: 1, width: 30, height: 1)) }
                checkInvariants(field.buffer, limit: 40, initial: initial, "seed \(seed) step \(step)")
            }
        }
    }
}
