/// How a request's path maps to a file of the built site, refusing anything that could leave it.
public enum ServedPath: Equatable, Sendable {
  /// A file of the output, by its path relative to the output's root (`index.html`, `cv/index.html`).
  case file(String)
  /// A folder asked for without its final slash: redirect there, so that relative links work.
  case folder(String)
  /// A path that could only be an attempt to leave the output (`..`, `%2e%2e`, `\`): answered 400.
  case refused

  /// Maps the raw, still percent-encoded path of a request (query removed) to what to serve.
  ///
  /// `..` and `.` segments are refused, not resolved, before and after decoding, as are backslashes
  /// and NUL in either form: the site is served from memory, but the answer should be plain.
  public static func resolve(_ rawPath: String) -> ServedPath {
    guard rawPath.hasPrefix("/"), !rawPath.contains("\\"), !rawPath.lowercased().contains("%5c") else {
      return .refused
    }
    guard let decoded = rawPath.removingPercentEncoding, !decoded.contains("\\"), !decoded.contains("\0") else {
      return .refused
    }
    let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
    if segments.contains(where: { $0 == "." || $0 == ".." }) { return .refused }
    if rawPath.split(separator: "/").contains(where: { $0 == "." || $0 == ".." }) { return .refused }
    let path = segments.joined(separator: "/")
    if path.isEmpty { return .file("index.html") }
    if decoded.hasSuffix("/") { return .file(path + "/index.html") }
    return .file(path)
  }
}

/// The media type of a file by its extension.
enum MediaType {
  static func of(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let ext = name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last ?? "").lowercased() : ""
    return types[ext] ?? "application/octet-stream"
  }

  static let types: [String: String] = [
    "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
    "json": "application/json", "xml": "application/xml", "txt": "text/plain; charset=utf-8",
    "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
    "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon", "pdf": "application/pdf",
    "woff": "font/woff", "woff2": "font/woff2", "webmanifest": "application/manifest+json",
  ]
}
