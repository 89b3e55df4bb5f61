import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A client on a plain socket: requests written as given, answers read as they come.
public final class SocketClient {
  public let descriptor: Int32

  /// Connected to 127.0.0.1, or to ::1 when `ipv6`.
  public init(port: UInt16, ipv6: Bool = false) throws {
    descriptor = socket(ipv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    let connected: Int32
    if ipv6 {
      var address = sockaddr_in6()
      address.sin6_family = sa_family_t(AF_INET6)
      address.sin6_port = port.bigEndian
      address.sin6_addr = in6addr_loopback
      connected = Self.connectSocket(descriptor, to: &address)
    } else {
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_port = port.bigEndian
      address.sin_addr.s_addr = inet_addr("127.0.0.1")
      connected = Self.connectSocket(descriptor, to: &address)
    }
    guard connected == 0 else {
      close(descriptor)
      throw POSIXError(.ECONNREFUSED)
    }
    var wait = timeval(tv_sec: 0, tv_usec: 100_000)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
  }

  private static func connectSocket<Address>(_ descriptor: Int32, to address: inout Address) -> Int32 {
    withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<Address>.size))
      }
    }
  }

  deinit { close(descriptor) }

  public func write(_ text: String) {
    _ = text.withCString { send(descriptor, $0, strlen($0), 0) }
  }

  /// What arrives until `done` is satisfied, the server closes, or `timeout` seconds pass.
  public func read(timeout: Double = 5, until done: (String) -> Bool = { _ in false }) -> (text: String, closed: Bool) {
    var received: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let count = recv(descriptor, &chunk, chunk.count, 0)
      if count > 0 {
        received += chunk[0..<count]
        if done(String(decoding: received, as: UTF8.self)) { break }
      } else if count == 0 {
        return (String(decoding: received, as: UTF8.self), true)
      }
    }
    return (String(decoding: received, as: UTF8.self), false)
  }
}
