import Foundation

/// The width to render text for: the terminal's when stdout is one, otherwise 80 (files and pipes).
enum TerminalWidth {
    static func current() -> Int {
        if isatty(1) == 1 {
            var size = winsize()
            if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 {
                return min(Int(size.ws_col), 160)
            }
            if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 {
                return min(columns, 160)
            }
        }
        return 80
    }
}
