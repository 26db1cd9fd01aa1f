#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags, so the wide-character API must be switched on here.
// _XOPEN_SOURCE is deliberately not defined: it changes the shape of system structs
// (ucontext_t via <signal.h>) and a clean build then fails on modules that disagree (CDispatch).
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <langinfo.h>
#include <ncursesw/ncurses.h>

// XSI, so <wchar.h> declares it only under _XOPEN_SOURCE; glibc always has it.
int wcwidth(wchar_t c);

// Swift 6 rejects mutable C globals and does not import function-like macros:
// these inline accessors are the only way the console reaches them.
static inline WINDOW *hd_stdscr(void) { return stdscr; }
static inline int hd_lines(void) { return LINES; }
static inline int hd_cols(void) { return COLS; }
static inline int hd_colors(void) { return COLORS; }
static inline int hd_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t hd_a_normal(void) { return A_NORMAL; }
static inline attr_t hd_a_bold(void) { return A_BOLD; }
static inline attr_t hd_a_reverse(void) { return A_REVERSE; }
static inline attr_t hd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t hd_a_dim(void) { return A_DIM; }
static inline attr_t hd_a_italic(void) { return A_ITALIC; }
static inline attr_t hd_color_pair(int n) { return COLOR_PAIR(n); }
static inline int hd_key_f(int n) { return KEY_F(n); }
static inline mmask_t hd_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t hd_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t hd_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t hd_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int hd_err(void) { return ERR; }
static inline int hd_ok(void) { return OK; }
static inline int hd_key_code_yes(void) { return KEY_CODE_YES; }

/// Writes one wide character (with its attributes and colour pair) at the cursor.
static inline int hd_add_wch(WINDOW *win, wchar_t ch, attr_t attrs, short pair) {
    cchar_t cc;
    wchar_t wstr[2] = { ch, 0 };
    setcchar(&cc, wstr, attrs, pair, NULL);
    return wadd_wch(win, &cc);
}

/// Reads a screen row back as wide characters (for headless golden screens).
static inline int hd_read_row(WINDOW *win, int y, wchar_t *buf, int n) {
    return mvwinnwstr(win, y, 0, buf, n);
}
/// Writes one character cell: `wstr` is a spacing character followed by up to four combining
/// ones. When curses refuses the combination (an emoji ZWJ sequence, a flag) only the base is drawn.
static inline int hd_put_cell(WINDOW *win, int y, int x, const wchar_t *wstr, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wstr, attrs, pair, NULL) != OK) {
        wchar_t base[2] = { wstr[0], 0 };
        if (setcchar(&cc, base, attrs, pair, NULL) != OK) return ERR;
    }
    return mvwadd_wch(win, y, x, &cc);
}

/// The columns libc thinks a character takes, to pad where our table says wider.
static inline int hd_wcwidth(wchar_t ch) { return wcwidth(ch); }

static inline int hd_utf8_locale(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

static inline mmask_t hd_console_mouse_events(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int hd_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int hd_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }
static inline int hd_mouse_is_click(mmask_t state) { return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }

// Termination signals only set a flag (async-signal-safe); the console's loop sees it within
// one input timeout, restores the terminal and returns. A second signal before that restores
// the terminal at once and dies by the signal, so a stuck console can always be stopped.
// The flag is file-static: Swift must call these from a single source file (TerminalSignals.swift).
static volatile sig_atomic_t hd_caught_signal = 0;

static void hd_on_terminate_signal(int sig) {
    if (hd_caught_signal != 0) {
        endwin();
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    hd_caught_signal = sig;
}

static inline void hd_install_terminate_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = hd_on_terminate_signal;
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocked get_wch returns so the loop notices the signal promptly.
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
}

static inline void hd_restore_terminate_handlers(void) {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
}

static inline int hd_take_caught_signal(void) {
    int sig = hd_caught_signal;
    hd_caught_signal = 0;
    return sig;
}

static void hd_endwin_at_exit(void) {
    if (!isendwin()) endwin();
}

/// Makes sure a crash through exit() still leaves the terminal usable.
static int hd_exit_restore_registered = 0;
static inline void hd_register_exit_restore(void) {
    if (hd_exit_restore_registered) return;
    hd_exit_restore_registered = 1;
    atexit(hd_endwin_at_exit);
}
#endif
