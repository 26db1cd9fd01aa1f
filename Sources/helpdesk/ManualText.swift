/// The man page's hand-written sections: what the command definitions cannot say.
enum ManualText {
    static let files: [String] = [
        ".SH FILES",
        ".TP", "\\fI$XDG_DATA_HOME/helpdesk/helpdesk.sqlite\\fR (\\fI~/.local/share/helpdesk/helpdesk.sqlite\\fR)",
        "The database when neither \\fB\\-\\-db\\fR nor \\fB$HELPDESK_DB\\fR says otherwise; with its \\fI\\-wal\\fR and \\fI\\-shm\\fR files beside it.",
        ".TP", "\\fI$XDG_CONFIG_HOME/helpdesk/config\\fR (\\fI~/.config/helpdesk/config\\fR)",
        "The settings file: \\fBkey = value\\fR lines for \\fBtheme\\fR, \\fBdb\\fR and \\fBgroup\\fR; \\fB#\\fR starts a comment. "
            + "An unknown key or a malformed line stops helpdesk with a message naming the file and line.",
        ".TP", "\\fI$XDG_CONFIG_HOME/helpdesk/themes/\\fR",
        "Colour themes of your own, chosen with \\fB\\-\\-theme\\fR or the \\fBtheme\\fR setting.",
        ".TP", "\\fI<db>\\-backup\\-YYYYMMDD\\-HHMMSS.sqlite\\fR",
        "Backups written by \\fBhelpdesk backup\\fR without a path, next to the database; "
            + "\\fI<db>.before\\-v<N>.bak\\fR before a schema upgrade and \\fI<db>.before\\-restore\\-<time>.bak\\fR before a restore.",
    ]

    static let environment: [String] = [
        ".SH ENVIRONMENT",
        ".TP", "\\fBHELPDESK_DB\\fR", "The database file, when \\fB\\-\\-db\\fR is not given.",
        ".TP", "\\fBHELPDESK_CONFIG\\fR", "The settings file, instead of \\fI$XDG_CONFIG_HOME/helpdesk/config\\fR.",
        ".TP", "\\fBHELPDESK_THEMES\\fR", "A folder searched first for colour themes.",
        ".TP", "\\fBHELPDESK_PROGRESS_INTERVAL\\fR",
        "Seconds between the progress lines long commands write to standard error when it is not a terminal (default 5; 0 writes every update).",
        ".TP", "\\fBXDG_DATA_HOME\\fR, \\fBXDG_CONFIG_HOME\\fR", "Where the database and the settings file live by default.",
        ".TP", "\\fBNO_COLOR\\fR", "Any value makes the console use the mono theme.",
        ".TP", "\\fBTZ\\fR", "The time zone of dates shown and of report days.",
    ]

    static let examples: [String] = [
        ".SH EXAMPLES",
        ".TP", "\\fBhelpdesk demo \\-\\-db /tmp/demo.sqlite && helpdesk \\-\\-db /tmp/demo.sqlite\\fR",
        "Create a demo desk and open the console on it.",
        ".TP", "\\fBhelpdesk ticket new \\-\\-title \"打印机卡纸\" \\-\\-requester \"张伟\" \\-\\-contact zw@example.cn\\fR",
        "Log a ticket from a script.",
        ".TP", "\\fBhelpdesk mail import ~/Maildir\\fR",
        "Turn new e\\-mail into tickets and replies; run it again to continue after Ctrl\\-C.",
        ".TP", "\\fBhelpdesk report \\-\\-from 2026\\-11\\-01 \\-\\-to 2026\\-11\\-30 \\-\\-by engineer\\fR",
        "A month's service figures per engineer.",
        ".TP", "\\fBhelpdesk backup /srv/backups/\\fR",
        "Copy the database while everyone keeps working.",
        ".PP",
        "Long commands (demo, imports, exports, backup, restore, report) show their progress on standard error and stop "
            + "cleanly on Ctrl\\-C, with exit status 130.",
    ]

    static let seeAlso: [String] = [
        ".SH SEE ALSO",
        "\\fBsqlite3\\fR(1); the user guide and the administrator's guide (docs/user\\-guide.md, docs/admin.md).",
    ]
}
