import Foundation
import Testing

/// `plan -o PATH --force` over something that is not a regular file: a character device or FIFO
/// is written into and stays what it was; a socket is refused (73); links are handled by name.
@Suite struct SpecialOutputFileTests {
    static let oneWeek = ["upper-back-rehab", "--start", "2026-12-07", "--time-zone", "UTC", "--weeks", "1"]

    static func kind(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    @Test func aFIFOIsWrittenIntoAndStaysAFIFO() throws {
        let expected = try PlanRun.plan(Self.oneWeek).stdout
        try #require(expected.utf8.count < 60_000, "the plan must fit in a pipe's buffer for this test")
        try withTemporaryDirectory { dir in
            let fifo = dir.appendingPathComponent("plan.fifo").path
            try #require(mkfifo(fifo, 0o600) == 0)
            // The reader is open before protract starts, so its open(2) does not wait.
            let reader = open(fifo, O_RDONLY | O_NONBLOCK)
            try #require(reader >= 0)
            defer { close(reader) }
            let result = try PlanRun.plan(Self.oneWeek + ["-o", "plan.fifo", "--force"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr == "wrote plan.fifo: 3 sessions over 1 week\n", "\(result)")
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(reader, &buffer, buffer.count)
                if count <= 0 { break }
                received += buffer[..<count]
            }
            #expect(String(decoding: received, as: UTF8.self) == expected)
            #expect(Self.kind(fifo) == S_IFIFO, "still a FIFO")
            #expect(try PlanRun.listing(dir) == ["plan.fifo"], "no temporary file")
        }
    }

    @Test func aCharacterDeviceIsWrittenIntoAndStaysADevice() throws {
        // As root, a private copy of /dev/null (same device numbers) so that a regression cannot
        // replace the machine's /dev/null; otherwise /dev/null itself, which only root could break.
        try withTemporaryDirectory { dir in
            var path = "/dev/null"
            if getuid() == 0 {
                path = dir.appendingPathComponent("null").path
                try #require(mknod(path, S_IFCHR | 0o666, (1 << 8) | 3) == 0, "mknod: the Linux number of /dev/null is 1,3")
            }
            let result = try PlanRun.plan(Self.oneWeek + ["-o", path, "--force"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr == "wrote \(path): 3 sessions over 1 week\n", "\(result)")
            #expect(Self.kind(path) == S_IFCHR, "still a character device")
            #expect(try PlanRun.listing(dir).allSatisfy { !$0.contains(".protract-") }, "no temporary file")
        }
    }

    @Test func aDeviceIsNotTouchedWithoutForce() throws {
        try withTemporaryDirectory { dir in
            let result = try PlanRun.plan(Self.oneWeek + ["-o", "/dev/null"], in: dir)
            #expect(result.status == 73, "\(result)")
            #expect(result.stderr.hasPrefix("protract: error: /dev/null already exists; it was not changed\n"), "\(result)")
        }
    }

    @Test func aSocketIsRefused() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("plan.sock").path
            let socketDescriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            try #require(socketDescriptor >= 0)
            defer { close(socketDescriptor) }
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            let bytes = Array(path.utf8)
            try #require(bytes.count < MemoryLayout.size(ofValue: address.sun_path))
            withUnsafeMutableBytes(of: &address.sun_path) { raw in
                for (index, byte) in bytes.enumerated() { raw[index] = byte }
            }
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
            try #require(bound == 0)
            let result = try PlanRun.plan(Self.oneWeek + ["-o", "plan.sock", "--force"], in: dir)
            #expect(result.status == 73, "\(result)")
            #expect(result.stderr == """
                protract: error: plan.sock is a socket; it was not changed
                  help: Protract writes only to regular files, character devices such as /dev/null, and FIFOs

                """, "\(result)")
            #expect(Self.kind(path) == S_IFSOCK, "still a socket")
            #expect(try PlanRun.listing(dir) == ["plan.sock"])
        }
    }

    @Test func aDanglingSymbolicLinkIsNamedAsSuch() throws {
        try withTemporaryDirectory { dir in
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("plan.txt").path, withDestinationPath: "gone.txt")
            for force in [[], ["--force"]] {
                let result = try PlanRun.plan(Self.oneWeek + ["-o", "plan.txt"] + force, in: dir)
                #expect(result.status == 73, "\(result)")
                #expect(result.stderr == """
                    protract: error: plan.txt is a symbolic link to a missing file (gone.txt); it was not changed
                      help: remove the link or create the file it points to, or choose another output file

                    """, "\(result)")
                #expect(try PlanRun.listing(dir) == ["plan.txt"])
            }
        }
    }

    @Test func forceWritesThroughASymbolicLinkAndKeepsIt() throws {
        let expected = try PlanRun.plan(Self.oneWeek).stdout
        try withTemporaryDirectory { dir in
            try dir.write("old\n", to: "real.txt")
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("plan.txt").path, withDestinationPath: "real.txt")
            let result = try PlanRun.plan(Self.oneWeek + ["-o", "plan.txt", "--force"], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(Self.kind(dir.appendingPathComponent("plan.txt").path) == S_IFLNK, "the link is still a link")
            #expect(try String(contentsOf: dir.appendingPathComponent("real.txt"), encoding: .utf8) == expected)
            #expect(try PlanRun.listing(dir) == ["plan.txt", "real.txt"])
        }
    }
}
