import Foundation

/// What kind of file a `stat` describes; the raw value is its name in messages.
enum FileKind: String {
    case regular = "a regular file"
    case directory = "a directory"
    case characterDevice = "a character device"
    case blockDevice = "a block device"
    case fifo = "a FIFO (named pipe)"
    case socket = "a socket"
    case symbolicLink = "a symbolic link"
    case other = "a special file"

    init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFLNK: self = .symbolicLink
        default: self = .other
        }
    }
}
