import ArgumentParser
import HelpdeskCore

/// Options every command that touches the database accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(tr("Database file (default: $HELPDESK_DB or the XDG data folder)."), valueName: "path"))
    var db: String?

    @Option(name: .customLong("as"), help: ArgumentHelp(tr("Act as another engineer (admins, or anyone on a demo database)."), valueName: "login"))
    var asLogin: String?

    // `main` takes --lang out of the arguments before parsing (LanguageOption), so this is never set;
    // it is declared so that every command's help lists it.
    @Option(name: .long, help: ArgumentHelp(tr("Interface language: en or zh (default: the lang setting, else LC_ALL, LC_MESSAGES, LANG)."), valueName: "lang"))

    var lang: String?
}


/// `--json` for commands that scripts read.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(tr("Print JSON instead of a table.")))

    var json = false
}

/// Option checks report through argument-parser, whose messages name the option.
typealias ValidationError = ArgumentParser.ValidationError
