import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Why the browser did not answer: it closed the pipe, said no, or took too long.
enum DevToolsError: Error, Sendable, Equatable {
  case closed
  case refused(String)
  case timedOut
}

/// A client of the Chrome DevTools protocol over the pipe pair that Chromium opens with
/// `--remote-debugging-pipe`: it reads commands from its descriptor 3 and writes replies and events
/// to its descriptor 4, each message one JSON object ended by a NUL byte.
///
/// Written by hand because no Swift library speaks the protocol, and because only its smallest part
/// is used: commands and their replies (events are read and dropped). Each command blocks its caller
/// until its reply, an error, the browser's exit or the deadline; many threads may each wait on one.
/// A thread of its own reads the browser's messages and hands each reply to its caller.
///
/// The two descriptors are Unix socket pairs rather than pipes, so that a write to a browser that
/// has died fails with EPIPE (`MSG_NOSIGNAL`) instead of raising SIGPIPE in Vita. When Vita ends,
/// however it ends, the kernel closes its ends, Chromium reads end-of-file and exits
/// ("Connection terminated while reading from pipe"): no browser outlives the build.
final class DevToolsPipe: Sendable {
  /// Vita's ends: commands go out through `commands`, replies come in through `replies`.
  private let commands: Int32
  private let replies: Int32
  private let state = Mutex(PipeState())
  private let writing = Mutex(())

  /// A command waiting for its reply.
  private final class Waiter: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    var reply: Result<[String: Any], DevToolsError> = .failure(.closed)
  }

  private struct PipeState: @unchecked Sendable {
    var nextID = 1
    var waiting: [Int: Waiter] = [:]
    var closed = false
  }

  /// The descriptors to give the browser as its 3 and 4, and this side's pipe.
  static func make() -> (pipe: DevToolsPipe, browserReads: Int32, browserWrites: Int32)? {
    var out: [Int32] = [-1, -1]
    var back: [Int32] = [-1, -1]
    let kind = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
    guard socketpair(AF_UNIX, kind, 0, &out) == 0 else { return nil }
    guard socketpair(AF_UNIX, kind, 0, &back) == 0 else {
      Glibc.close(out[0])
      Glibc.close(out[1])
      return nil
    }
    return (DevToolsPipe(commands: out[0], replies: back[0]), out[1], back[1])
  }

  private init(commands: Int32, replies: Int32) {
    self.commands = commands
    self.replies = replies
    let thread = Thread { [self] in readReplies() }
    thread.name = "vita-devtools"
    thread.start()
  }

  /// Sends `method` and waits for its reply's `result`; `session` addresses one tab.
  func call(
    _ method: String, _ parameters: [String: Any] = [:], session: String? = nil, until deadline: DispatchTime
  ) throws(DevToolsError) -> [String: Any] {
    let waiter = Waiter()
    let id: Int? = state.withLock { state in
      guard !state.closed else { return nil }
      let id = state.nextID
      state.nextID += 1
      state.waiting[id] = waiter
      return id
    }
    guard let id else { throw .closed }
    var message: [String: Any] = ["id": id, "method": method, "params": parameters]
    if let session { message["sessionId"] = session }
    guard var bytes = try? JSONSerialization.data(withJSONObject: message) else {
      _ = state.withLock { $0.waiting.removeValue(forKey: id) }
      throw .refused("\(method): parameters that are not JSON")
    }
    bytes.append(0)
    guard send(bytes) else {
      _ = state.withLock { $0.waiting.removeValue(forKey: id) }
      throw .closed
    }
    if waiter.done.wait(timeout: deadline) == .timedOut {
      let stillWaiting = state.withLock { $0.waiting.removeValue(forKey: id) } != nil
      if stillWaiting { throw .timedOut }
      waiter.done.wait()
    }
    return try waiter.reply.get()
  }

  /// Closes Vita's ends: the browser reads end-of-file and exits; every waiting call fails.
  func close() {
    let wasOpen = state.withLock { state in
      defer { state.closed = true }
      return !state.closed
    }
    guard wasOpen else { return }
    shutdown(commands, Int32(SHUT_RDWR))
    shutdown(replies, Int32(SHUT_RDWR))
    failWaiters()
  }

  deinit {
    Glibc.close(commands)
    Glibc.close(replies)
  }

  private func send(_ bytes: Data) -> Bool {
    writing.withLock { _ in
      bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
          let sent = Glibc.send(commands, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
          if sent < 0 && errno == EINTR { continue }
          guard sent > 0 else { return false }
          offset += sent
        }
        return true
      }
    }
  }

  private func readReplies() {
    var pending = Data()
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { recv(replies, $0.baseAddress, $0.count, 0) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      pending.append(contentsOf: chunk[0..<count])
      while let end = pending.firstIndex(of: 0) {
        let message = pending[pending.startIndex..<end]
        pending = Data(pending[(end + 1)...])
        deliver(message)
      }
    }
    state.withLock { $0.closed = true }
    failWaiters()
  }

  private func deliver(_ message: Data) {
    guard let object = (try? JSONSerialization.jsonObject(with: message)) as? [String: Any],
      let id = object["id"] as? Int,
      let waiter = state.withLock({ $0.waiting.removeValue(forKey: id) })
    else { return }  // an event, or a reply nobody waits for any more
    if let error = object["error"] as? [String: Any] {
      waiter.reply = .failure(.refused(error["message"] as? String ?? "an error"))
    } else {
      waiter.reply = .success(object["result"] as? [String: Any] ?? [:])
    }
    waiter.done.signal()
  }

  private func failWaiters() {
    let waiters = state.withLock { state in
      defer { state.waiting = [:] }
      return Array(state.waiting.values)
    }
    for waiter in waiters { waiter.done.signal() }
  }
}
