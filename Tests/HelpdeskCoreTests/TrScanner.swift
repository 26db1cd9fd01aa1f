/// Finds `tr(…)` calls in Swift source: the string literals passed at the call's own level
/// (both arms of a `cond ? "a" : "b"`), and the `context:` literal when there is one.
enum TrScanner {
    struct Call {
        var literals: [String]
        var context: String?
    }

    static func calls(in source: String) -> [Call] {
        let text = Array(source)
        var calls: [Call] = []
        var i = 0
        while i + 3 < text.count {
            let isCall = text[i] == "t" && text[i + 1] == "r" && text[i + 2] == "("
                && (i == 0 || !(text[i - 1].isLetter || text[i - 1].isNumber || text[i - 1] == "_" || text[i - 1] == "."))
            guard isCall else { i += 1; continue }
            var depth = 1
            var j = i + 3
            var call = Call(literals: [], context: nil)
            while j < text.count, depth > 0 {
                let c = text[j]
                if c == "\"" {
                    var k = j + 1
                    var literal = ""
                    while k < text.count, text[k] != "\"", text[k] != "\n" {
                        if text[k] == "\\", k + 1 < text.count { literal.append(text[k]); literal.append(text[k + 1]); k += 2; continue }
                        literal.append(text[k])
                        k += 1
                    }
                    if depth == 1 {
                        let before = String(text[max(i, j - 12)..<j])
                        if before.replacingOccurrences(of: " ", with: "").hasSuffix("context:") { call.context = literal } else { call.literals.append(literal) }
                    }
                    j = k + 1
                    continue
                }
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
                j += 1
            }
            calls.append(call)
            // On from just inside the call, so a `tr` nested in its arguments is found too.
            i += 3

        }
        return calls
    }

    /// The key as Swift reads the literal: `\"` and `\\` unescaped.
    static func unescaped(_ literal: String) -> String {
        literal.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
    }
}
