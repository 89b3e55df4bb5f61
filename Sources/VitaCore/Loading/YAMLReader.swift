import Yams

/// Reads typed values out of a YAML mapping, turning every problem into a diagnostic that
/// points at the key or value a person wrote.
struct YAMLReader {
  let file: String
  /// Added to the YAML's own line numbers to give the file's.
  let lineOffset: Int
  var diagnostics = DiagnosticBag()
  /// The language of its messages: the site's `language`, English until vita.yml gives it.
  var language: Language

  init(file: String, lineOffset: Int, language: Language = .en) {
    self.file = file
    self.lineOffset = lineOffset
    self.language = language
  }

  /// The reader's words, in its language.
  var messages: Messages { Messages(language) }

  func location(of node: YAMLNode?) -> SourceLocation { location(of: node?.mark) }

  func location(of mark: YAMLMark?) -> SourceLocation {
    guard let mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
    return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
  }

  mutating func error(_ code: String, _ message: String, at node: YAMLNode?) {
    diagnostics.error(code, message, at: location(of: node))
  }

  mutating func warning(_ code: String, _ message: String, at node: YAMLNode?) {
    diagnostics.warning(code, message, at: location(of: node))
  }

  /// A required field that is missing or empty: an error, or in a draft a note that says when it
  /// becomes one.
  mutating func required(_ message: String, at node: YAMLNode?, inDraft draft: Bool) {
    guard draft else { return error("required", message, at: node) }
    diagnostics.note("required", messages.text("yaml.required-in-draft", ["message": message]), at: location(of: node))
  }

  /// `Constructor.default` builds a new constructor, with three dictionaries, on every use; one is
  /// shared instead (it holds only immutable tables).
  nonisolated(unsafe) static let constructor = Constructor.default

  /// Parses YAML text into its root node; a syntax error becomes a diagnostic.
  mutating func parse(_ yaml: String) -> YAMLNode? {
    // Most front matter is simple enough to read without libyaml; anything else, and every error, is Yams's.
    if let node = SimpleYAML.compose(yaml) { return node }
    // Before Yams expands the aliases (SimpleYAML reads none).
    if let excess = AliasExpansion.excess(in: yaml) {
      diagnostics.error("alias-expansion", excess.message(in: language), at: location(of: excess.mark))
      return nil
    }
    do {
      // Types come from where a value is used, not from YAML's implicit tags, so the resolver's
      // regular expressions (several per scalar, most of the load's time) are not needed. The encoding
      // is given: Yams's default reads the process environment on every call.
      return try Yams.compose(yaml: yaml, Resolver.basic, Self.constructor, .utf8).map(YAMLNode.init)
    } catch let error as YamlError {
      let (message, mark) = YAMLSlip.explain(error, in: yaml, language: language) ?? describe(error)
      diagnostics.error("yaml-syntax", message, at: location(of: mark))
      return nil
    } catch {
      diagnostics.error(
        "yaml-syntax", messages.text("yaml.unreadable", ["error": error]),
        at: location(of: nil as YAMLMark?))
      return nil
    }
  }

  /// libyaml's own words for a syntax error stay in English, after a sentence in the reader's language.
  private func describe(_ error: YamlError) -> (String, YAMLMark?) {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let prefix = context.map { "\($0.text); " } ?? ""
      return (messages.text("yaml.invalid", ["problem": prefix + problem]), YAMLMark(mark))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.joined(separator: "', '")
      return (messages.text("yaml.key-twice", ["keys": keys]), YAMLMark(context.mark))
    case .reader(let problem, _, _, _):
      return (messages.text("yaml.unreadable", ["error": problem]), nil)
    default:
      return (messages.text("yaml.invalid", ["problem": error]), nil)
    }
  }

  // MARK: Typed values

  /// Whether `node` is a plain null: nothing written, `~` or `null`.
  static func isNull(_ node: YAMLNode) -> Bool {
    // A null is at most four bytes long: longer text skips the comparisons.
    guard case .scalar(let scalar) = node, scalar.style == .plain, scalar.string.utf8.count <= 4 else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// A scalar as text; an error for a list or a mapping.
  mutating func string(_ node: YAMLNode?, key: String) -> String? {
    guard let node else { return nil }
    switch node {
    case .scalar(let scalar):
      // A null is at most four bytes long: longer text skips the comparisons.
      if scalar.style == .plain, scalar.string.utf8.count <= 4,
        ["", "~", "null", "Null", "NULL"].contains(scalar.string)
      {
        return nil
      }
      return scalar.string
    default:
      error(
        "type", messages.text("yaml.not-text", ["key": key, "shape": shape(node)]), at: node)
      return nil
    }
  }

  /// A plain true or false, without a diagnostic for anything else.
  static func boolValue(_ node: YAMLNode) -> Bool? {
    guard case .scalar(let scalar) = node, scalar.style == .plain else { return nil }
    switch scalar.string {
    case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
    case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
    default: return nil
    }
  }

  mutating func bool(_ node: YAMLNode?, key: String) -> Bool? {
    guard let node else { return nil }
    if let value = Self.boolValue(node) { return value }
    error("type", messages.text("yaml.not-bool", ["key": key]), at: node)
    return nil
  }

  mutating func int(_ node: YAMLNode?, key: String, range: ClosedRange<Int>) -> Int? {
    guard let node else { return nil }
    guard case .scalar(let scalar) = node,
      let value = Int(scalar.string) ?? Int(scalar.string.trimmingCharacters(in: .whitespaces))
    else {
      error("type", messages.text("yaml.not-int", ["key": key]), at: node)
      return nil
    }
    guard range.contains(value) else {
      let (low, high) = (range.lowerBound, range.upperBound)
      error(
        "range",
        messages.text("yaml.out-of-range", ["key": key, "low": low, "high": high, "value": value]),
        at: node)
      return nil
    }
    return value
  }

  /// A list of text items; a single text is taken as a list of one.
  mutating func strings(_ node: YAMLNode?, key: String) -> [String] {
    guard let node else { return [] }
    switch node {
    case .scalar:
      return string(node, key: key).map { [$0] } ?? []
    case .sequence(let sequence):
      var values: [String] = []
      for item in sequence.items {
        if case .scalar = item, let value = string(item, key: key) {
          values.append(value)
        } else if case .scalar = item {
          continue
        } else {
          error(
            "type",
            messages.text("yaml.item-not-text", ["key": key, "shape": shape(item)]), at: item)
        }
      }
      return values
    default:
      error(
        "type",
        messages.text("yaml.not-text-list", ["key": key]),
        at: node)
      return []
    }
  }

  /// A list of terms (skills, keywords, must_have): as `strings`, but a plain text with commas,
  /// `skills: SQL, Excel`, is the list its writer meant, with a warning that shows the brackets.
  mutating func terms(_ node: YAMLNode?, key: String) -> [String] {
    guard let node, case .scalar(let scalar) = node, scalar.style == .plain, scalar.string.contains(",") else {
      return strings(node, key: key)
    }
    let items = scalar.string.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    let fixed = "`\(key): [\(items.joined(separator: ", "))]`"
    warning(
      "comma-list",
      messages.text("yaml.comma-list", ["key": key, "fixed": fixed, "count": items.count]), at: node)
    return items
  }

  /// The items of a list, with their nodes for locations.
  mutating func sequence(_ node: YAMLNode?, key: String) -> [YAMLNode] {
    guard let node else { return [] }
    guard case .sequence(let sequence) = node else {
      error("type", messages.text("yaml.not-list", ["key": key]), at: node)
      return []
    }
    return sequence.items
  }

  /// A mapping with its keys, checking them against `known` (unknown ones are warned about).
  mutating func mapping(_ node: YAMLNode?, key: String, known: [String]) -> Fields? {
    guard let node else { return nil }
    guard case .mapping(let mapping) = node else {
      error(
        "type", messages.text("yaml.not-mapping", ["key": key]),
        at: node)
      return nil
    }
    return fields(of: mapping, context: key, known: known)
  }

  /// The key-value pairs of a mapping; unknown keys are warned about with a near miss.
  mutating func fields(of mapping: YAMLNode.Mapping, context: String?, known: [String]) -> Fields {
    var fields = Fields(mark: mapping.mark)
    fields.names.reserveCapacity(mapping.pairs.count)
    fields.keyNodes.reserveCapacity(mapping.pairs.count)
    fields.values.reserveCapacity(mapping.pairs.count)
    for pair in mapping.pairs {
      let (keyNode, value) = (pair.key, pair.value)
      guard case .scalar(let scalar) = keyNode else {
        error("type", messages.text("yaml.key-not-text"), at: keyNode)
        continue
      }
      let name = scalar.string
      fields.names.append(name)
      fields.keyNodes.append(keyNode)
      fields.values.append(value)
      if !known.contains(name) {
        let nearMiss = NearMiss.closest(to: name, among: known)
        let unknown =
          context.map { messages.text("yaml.unknown-key-in", ["name": name, "context": $0]) }
          ?? messages.text("yaml.unknown-key", ["name": name])
        let hint = nearMiss.map { messages.text("hint.did-you-mean", ["name": $0]) } ?? ""
        warning("unknown-key", unknown + hint, at: keyNode)
      }
    }
    return fields
  }

  /// What a node is, for a message: "a list".
  func shape(_ node: YAMLNode) -> String {
    switch node {
    case .scalar: messages.text("yaml.shape.text")
    case .sequence: messages.text("yaml.shape.list")
    case .mapping: messages.text("yaml.shape.mapping")
    case .alias: messages.text("yaml.shape.alias")
    }
  }
}

/// The keys of one YAML mapping, in the order written; a key written twice is found with its last
/// value. A mapping has a few keys: a scan of their names is cheaper than hashing them into a table.
struct Fields {
  var names: [String] = []
  var keyNodes: [YAMLNode] = []
  var values: [YAMLNode] = []
  var mark: YAMLMark?

  private func position(of key: String) -> Int? {
    let length = key.utf8.count
    var index = names.count - 1
    while index >= 0 {
      if names[index].utf8.count == length, names[index] == key { return index }
      index -= 1
    }
    return nil
  }

  subscript(key: String) -> YAMLNode? { position(of: key).map { values[$0] } }

  /// The key itself, for a finding about it.
  func keyNode(_ key: String) -> YAMLNode? { position(of: key).map { keyNodes[$0] } }

  /// Where each key was written.
  func keyLocations(_ location: (YAMLNode) -> SourceLocation) -> [String: SourceLocation] {
    var locations = [String: SourceLocation](minimumCapacity: names.count)
    for index in names.indices { locations[names[index]] = location(keyNodes[index]) }
    return locations
  }
}

/// Finds the known name a mistyped one was meant to be.
public enum NearMiss {
  /// The closest candidate within an edit distance of 2 (1 for short names), if any.
  public static func closest(to name: String, among candidates: [String]) -> String? {
    let limit = name.count <= 4 ? 1 : 2
    let lowered = name.lowercased()
    if lowered.count >= 3, let prefixed = candidates.first(where: { $0.hasPrefix(lowered) && $0 != lowered }) {
      return prefixed
    }
    var best: (String, Int)?
    for candidate in candidates {
      let distance = editDistance(name.lowercased(), candidate)
      if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
    }
    return best?.0
  }

  /// Levenshtein distance with adjacent transpositions.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
