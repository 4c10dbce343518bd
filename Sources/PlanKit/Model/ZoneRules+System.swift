#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension ZoneRules {
    /// The system's zone name: `TZ` when it names a zone the database holds (a leading `:`
    /// dropped, and a path taken from its last `zoneinfo/`), else the zone `/etc/localtime`
    /// links to (`/usr/share/zoneinfo/Europe/London`: `Europe/London`), else the first line of
    /// `/etc/timezone` when the database holds it, else "UTC".
    ///
    /// - Parameter environment: the process's environment (`TZ`, and `TZDIR` for the database).
    public static func systemIdentifier(environment: [String: String]) -> String {
        systemIdentifier(environment: environment, localtime: "/etc/localtime", timezoneFile: "/etc/timezone")
    }

    /// ``systemIdentifier(environment:)`` with the two files' paths given.
    static func systemIdentifier(environment: [String: String], localtime: String, timezoneFile: String) -> String {
        let directory = databaseDirectory(tzdir: environment["TZDIR"])
        func known(_ name: Substring) -> String? {
            let name = String(name)
            return ZoneRules(identifier: name, directory: directory) == nil ? nil : name
        }
        if let value = environment["TZ"], let zone = identifier(fromTZ: value, directory: directory) { return zone }
        if let target = symbolicLinkTarget(localtime), let name = afterZoneinfo(Substring(target)),
            let zone = known(name)
        {
            return zone
        }
        if let bytes = readFile(timezoneFile, limit: 4096) {
            // The first line, without the blanks around it.
            let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            let line = bytes.prefix { $0 != UInt8(ascii: "\n") }.drop(while: isBlank)
            let end = line.lastIndex { !isBlank($0) }.map { $0 + 1 } ?? line.startIndex
            if let zone = known(Substring(String(decoding: line[..<end], as: UTF8.self))) { return zone }
        }
        return "UTC"
    }

    /// The zone a `TZ` value names, read as glibc reads it where it names one: `Europe/London`,
    /// `:Europe/London` (the colon dropped) or a path into a `zoneinfo` folder; nil when it names no
    /// zone the database holds (a typo, or a POSIX rule such as `EST5EDT,M3.2.0,M11.1.0`).
    public static func identifier(fromTZ value: String) -> String? {
        identifier(fromTZ: value, directory: databaseDirectory)
    }

    /// ``identifier(fromTZ:)`` for the database in `directory`.
    ///
    /// `UTC+5` or `GMT-3` is not taken: in `TZ` it is a POSIX rule (`UTC+5` is five hours *behind*
    /// UTC), where `--time-zone` reads it as ICU does (five hours ahead), so it goes the way of
    /// every other POSIX rule.
    static func identifier(fromTZ value: String, directory: String) -> String? {
        let name = value.hasPrefix(":") ? value.dropFirst() : Substring(value)
        let zone = String(afterZoneinfo(name) ?? name)
        guard customOffset(zone) == nil else { return nil }
        return ZoneRules(identifier: zone, directory: directory) == nil ? nil : zone
    }

    /// The part of `path` after its last `zoneinfo/` and a `posix/` or `right/` folder (the same
    /// zones with other leap-second handling), or nil when it has no `zoneinfo/`.
    private static func afterZoneinfo(_ path: Substring) -> Substring? {
        guard let range = path.ranges(of: "zoneinfo/").last else { return nil }
        let name = path[range.upperBound...]
        for folder in ["posix/", "right/"] where name.hasPrefix(folder) { return name.dropFirst(folder.count) }
        return name
    }

    /// The names of the database's zones and links, sorted: from `tzdata.zi` in its folder
    /// (`Z NAME ...` lines are zones, `L TARGET NAME` lines links), else from walking the folder
    /// for TZif files (leaving out `posix/`, `right/`, `posixrules`, `localtime` and `Factory`).
    /// With no database, the names that always mean UTC. Slow (it reads the database): for
    /// suggesting a name, not for every run.
    public static func knownIdentifiers() -> [String] {
        knownIdentifiers(directory: databaseDirectory)
    }

    /// ``knownIdentifiers()`` for the database in `directory`.
    static func knownIdentifiers(directory: String) -> [String] {
        var names: Set<String> = []
        if let bytes = readFile(directory + "/tzdata.zi", limit: 16 << 20) {
            for line in bytes.split(separator: UInt8(ascii: "\n")) {
                let fields = line.split(separator: UInt8(ascii: " "))
                guard fields.count >= 2, fields[0].count == 1 else { continue }
                let name: ArraySlice<UInt8>
                switch fields[0].first {
                case UInt8(ascii: "Z"): name = fields[1]
                case UInt8(ascii: "L") where fields.count >= 3: name = fields[2]
                default: continue
                }
                names.insert(String(decoding: name, as: UTF8.self))
            }
        } else {
            walk(directory: directory, prefix: "", depth: 0, into: &names)
        }
        names = names.filter { isSafeIdentifier($0) && $0 != "Factory" }
        return names.isEmpty ? universalIdentifiers.sorted() : names.sorted()
    }

    /// Adds the TZif files under `directory` to `names`, as paths after `prefix`; three folders deep at most.
    private static func walk(directory: String, prefix: String, depth: Int, into names: inout Set<String>) {
        guard depth < 4, let folder = opendir(directory) else { return }
        defer { closedir(folder) }
        let skipped: Set<String> = ["posix", "right", "posixrules", "localtime", "Factory"]
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix("."), !(depth == 0 && skipped.contains(name)) else { continue }
            let path = directory + "/" + name
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                walk(directory: path, prefix: prefix + name + "/", depth: depth + 1, into: &names)
            } else if status.st_mode & S_IFMT == S_IFREG, let head = readFile(path, limit: maximumFileSize),
                head.starts(with: "TZif".utf8)
            {
                names.insert(prefix + name)
            }
        }
    }

    /// The value of the process's environment variable `name`.
    static func environmentValue(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// The contents of the regular file at `path`, or nil when it cannot be read, is not a
    /// regular file, or holds more than `limit` bytes. Opened non-blocking, so a FIFO never hangs.
    static func readFile(_ path: String, limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) <= limit else {
            return nil
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16384)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            // The file grew after fstat: refuse rather than read on.
            if bytes.count > limit { return nil }
        }
        return bytes
    }

    /// The target of the symbolic link at `path`, or nil when it is not one.
    static func symbolicLinkTarget(_ path: String) -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { raw -> Int in
            guard let base = raw.baseAddress else { return -1 }
            return readlink(path, base.assumingMemoryBound(to: CChar.self), raw.count)
        }
        guard count > 0, count < buffer.count else { return nil }
        return String(decoding: buffer[0..<count], as: UTF8.self)
    }
}
