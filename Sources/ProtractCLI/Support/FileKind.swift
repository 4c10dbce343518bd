#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
        let kinds: [mode_t: FileKind] = [
            S_IFREG: .regular, S_IFDIR: .directory, S_IFCHR: .characterDevice, S_IFBLK: .blockDevice,
            S_IFIFO: .fifo, S_IFSOCK: .socket, S_IFLNK: .symbolicLink,
        ]
        self = kinds[info.st_mode & S_IFMT] ?? .other
    }
}
