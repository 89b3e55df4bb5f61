import Foundation

/// Turns the bytes of a user's file into text, or says why it cannot.
enum TextFile {
  /// Files larger than this are refused rather than read into memory whole.
  static let maximumSize = 4 * 1024 * 1024

  /// `language` is the messages' (the site's, English for vita.yml itself).
  static func decode(_ data: Data, file: String, language: Language = .en) -> Result<String, Diagnostic> {
    func failure(_ code: String, _ values: [String: Any] = [:]) -> Result<String, Diagnostic> {
      .failure(Diagnostic(file: file, code: code, message: language.messages.text("file.\(code)", values)))
    }
    if data.count > maximumSize {
      let (size, limit) = (data.count / 1024, maximumSize / 1024 / 1024)
      return failure("file-too-large", ["size": size, "limit": limit])
    }
    // One pass over the bytes themselves: Data's iterator costs more than the check.
    let decoded = data.withUnsafeBytes { bytes -> Result<String, Diagnostic> in
      let bytes = bytes.bindMemory(to: UInt8.self)
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
        return failure("empty-file")
      }
      guard let base = bytes.baseAddress else { return failure("empty-file") }
      if memchr(base, 0, bytes.count) != nil {
        return failure("binary-file")
      }
      guard let text = String(validating: bytes, as: UTF8.self) else {
        return failure("not-utf8")
      }
      return .success(memchr(base, 0x0D, bytes.count) == nil ? text : text.replacingOccurrences(of: "\r\n", with: "\n"))
    }
    guard case .success(var text) = decoded else { return decoded }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    // What would keep the Markdown parser busy for minutes is refused before anything reads it.
    if let finding = MarkdownLimits.check(text, in: language) {
      return .failure(
        Diagnostic(
          file: file, line: finding.line, column: finding.column, code: finding.code, message: finding.message))
    }
    return .success(text)
  }
}

/// Which link targets content may use.
public enum LinkPolicy {
  /// http, https, mailto, tel, or a relative link; never `javascript:`, `data:` and the like.
  ///
  /// Read scalar by scalar, as a browser does: `javascript:` followed by a combining mark is one
  /// Character to Swift, and a search for the Character ":" would not find its colon.
  public static func isAllowed(_ url: String) -> Bool {
    // The common case without Foundation: printable ASCII without spaces, starting `http:` or `https:`.
    let utf8 = url.utf8
    if utf8.starts(with: "https:".utf8) || utf8.starts(with: "http:".utf8),
      utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F })
    {
      return true
    }
    let trimmed = url.trimmingCharacters(in: .whitespaces).unicodeScalars
    guard !trimmed.isEmpty else { return false }
    if trimmed.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return false }
    guard let colon = trimmed.firstIndex(of: ":") else { return true }
    let scheme = trimmed[..<colon]
    // A colon after a slash, ? or # belongs to a relative path, not a scheme.
    if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
    return ["http", "https", "mailto", "tel"].contains(String(String.UnicodeScalarView(scheme)).lowercased())
  }
}
