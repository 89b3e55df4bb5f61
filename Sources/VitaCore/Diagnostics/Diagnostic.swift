/// One finding about a user's files: where it is, how bad it is, and what to do.
public struct Diagnostic: Error, Sendable, Hashable, Codable {
  /// How a finding affects the build.
  public enum Severity: String, Sendable, Codable, Comparable {
    case error
    case warning
    /// What a draft still lacks: shown, never failing a check, not even `--strict`.
    case note

    private var rank: Int {
      switch self {
      case .error: 0
      case .warning: 1
      case .note: 2
      }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// The path relative to the site folder.
  public var file: String
  public var line: Int
  public var column: Int
  public var severity: Severity
  /// A stable identifier, documented in the format reference.
  public var code: String
  public var message: String

  public init(
    file: String, line: Int = 1, column: Int = 1, severity: Severity = .error, code: String,
    message: String
  ) {
    self.file = file
    self.line = max(line, 1)
    self.column = max(column, 1)
    self.severity = severity
    self.code = code
    self.message = message
  }

  /// The compiler-style line: `path:line:column: error: message [code]`, with what could rewrite a
  /// terminal (a line break in a file's name, a right-to-left override) shown escaped.
  public var formatted: String {
    "\(file.shownSafely):\(line):\(column): \(severity.rawValue): \(message.shownSafely) [\(code)]"
  }
}

extension String {
  /// The text with control characters (C0, DEL, C1), line and paragraph separators and the
  /// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) written as
  /// escapes (`\n`, `\u{202E}`): a file name can hold any of them, and printed as they are they
  /// break a message over lines or make it read backwards.
  public var shownSafely: String {
    guard unicodeScalars.contains(where: Self.needsEscape) else { return self }
    var shown = ""
    for scalar in unicodeScalars {
      switch scalar {
      case "\n": shown += "\\n"
      case "\t": shown += "\\t"
      case "\r": shown += "\\r"
      case _ where Self.needsEscape(scalar): shown += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      default: shown.unicodeScalars.append(scalar)
      }
    }
    return shown
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}

extension Diagnostic: Comparable {
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    (lhs.file, lhs.line, lhs.column, lhs.code, lhs.message)
      < (rhs.file, rhs.line, rhs.column, rhs.code, rhs.message)
  }
}

/// A place in a file, for attaching diagnostics to what a user wrote.
public struct SourceLocation: Sendable, Hashable, Codable {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int = 1, column: Int = 1) {
    self.file = file
    self.line = line
    self.column = column
  }
}

/// Collects the diagnostics of one run so that all of them are shown at once.
public struct DiagnosticBag: Sendable {
  public private(set) var diagnostics: [Diagnostic] = []

  public init() {}

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  public mutating func error(_ code: String, _ message: String, at location: SourceLocation) {
    diagnostics.append(
      Diagnostic(
        file: location.file, line: location.line, column: location.column, severity: .error,
        code: code, message: message))
  }

  public mutating func warning(_ code: String, _ message: String, at location: SourceLocation) {
    diagnostics.append(
      Diagnostic(
        file: location.file, line: location.line, column: location.column, severity: .warning,
        code: code, message: message))
  }

  public mutating func note(_ code: String, _ message: String, at location: SourceLocation) {
    diagnostics.append(
      Diagnostic(
        file: location.file, line: location.line, column: location.column, severity: .note,
        code: code, message: message))
  }

  public mutating func append(contentsOf other: [Diagnostic]) {
    diagnostics.append(contentsOf: other)
  }
}
