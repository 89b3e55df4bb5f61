// libyaml itself, as Yams builds it: Yams composes a document with every alias already expanded, and
// hashes each mapping key (an alias of a billion laughs, expanded) before anything else can look.
import CYaml

/// How much a YAML document's aliases add to it once expanded, read from libyaml's events before the
/// document is composed.
///
/// An alias repeats its anchor's whole value: one anchored text referenced in every item of a list
/// turned 140 KB of front matter into gigabytes of pages. A document is measured as its fully expanded
/// tree, each text counting its bytes plus one and each list or mapping one; what the aliases add to
/// that may not exceed the document's own size plus `allowance`. The size of every anchor is kept when
/// its node ends, so that an alias costs one lookup: the check is linear in the events, however far a
/// billion laughs would expand.
struct AliasExpansion {
  /// What aliases may add beyond the document's own size.
  static let allowance = 64 * 1024

  /// Where the aliases went past the limit, and how far they would have gone.
  var mark: YAMLMark
  /// The key whose value holds that alias, when it is a text.
  var key: String?
  /// What the aliases would add, saturating at `Int.max`.
  var added: Int
  /// What they may add to this document.
  var limit: Int

  /// Nil when the aliases stay within the limit, or when the document has none; also nil when
  /// libyaml finds a syntax error or an undefined alias, which the composer then reports.
  static func excess(in yaml: String) -> AliasExpansion? {
    // An alias needs an anchor: without both characters the document has neither.
    let utf8 = yaml.utf8
    guard utf8.contains(UInt8(ascii: "*")), utf8.contains(UInt8(ascii: "&")) else { return nil }
    var bytes = Array(utf8)
    return bytes.withUnsafeMutableBufferPointer { buffer in
      var measure = Measure(limit: utf8.count + allowance)
      return measure.run(buffer)
    }
  }

  /// The walk over libyaml's events.
  private struct Measure {
    /// A list or mapping being read: the expanded size before it began, its anchor, and for a
    /// mapping whether the next node is a key, and the last key when it was a text.
    struct Open {
      var start: Int
      var anchor: String?
      var isMapping: Bool
      var expectsKey = true
      var key: String?
    }

    let limit: Int
    var open: [Open] = []
    var anchors: [String: Int] = [:]
    /// The expanded size of everything read so far, and what the aliases added to it.
    var total = 0
    var added = 0
    var crossing: (mark: YAMLMark, key: String?)?

    init(limit: Int) {
      self.limit = limit
    }

    mutating func run(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> AliasExpansion? {
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else { return nil }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      while true {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { break }
        defer { yaml_event_delete(&event) }
        if event.type == YAML_STREAM_END_EVENT { break }
        guard read(&event) else { break }
      }
      guard let crossing else { return nil }
      return AliasExpansion(mark: crossing.mark, key: crossing.key, added: added, limit: limit)
    }

    /// Takes one event into the sizes; false for an alias with no anchor, which ends the walk.
    private mutating func read(_ event: inout yaml_event_t) -> Bool {
      switch event.type {
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        let size = Int(scalar.length) + 1
        total = Self.sum(total, size)
        if let anchor = scalar.anchor { anchors[String(cString: anchor)] = size }
        var text: String?
        if open.last?.isMapping == true, open.last?.expectsKey == true, let value = scalar.value {
          text = String(decoding: UnsafeBufferPointer(start: value, count: Int(scalar.length)), as: UTF8.self)
        }
        ended(key: text)
      case YAML_ALIAS_EVENT:
        guard let name = event.data.alias.anchor, let size = anchors[String(cString: name)] else { return false }
        total = Self.sum(total, size)
        added = Self.sum(added, size)
        if crossing == nil, added > limit {
          let mark = event.start_mark
          crossing = (YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1), enclosingKey)
        }
        ended(key: nil)
      case YAML_SEQUENCE_START_EVENT:
        begin(anchor: event.data.sequence_start.anchor, isMapping: false)
      case YAML_MAPPING_START_EVENT:
        begin(anchor: event.data.mapping_start.anchor, isMapping: true)
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let node = open.popLast() else { return true }
        if let anchor = node.anchor { anchors[anchor] = total - node.start }
        ended(key: nil)
      default:
        break
      }
      return true
    }

    private mutating func begin(anchor: UnsafeMutablePointer<yaml_char_t>?, isMapping: Bool) {
      open.append(Open(start: total, anchor: anchor.map { String(cString: $0) }, isMapping: isMapping))
      total = Self.sum(total, 1)
    }

    /// A node ended: in a mapping, a key and a value take turns.
    private mutating func ended(key: String?) {
      guard let last = open.indices.last, open[last].isMapping else { return }
      if open[last].expectsKey { open[last].key = key }
      open[last].expectsKey.toggle()
    }

    /// The key of the innermost mapping whose value is being read.
    private var enclosingKey: String? {
      open.last { $0.isMapping && !$0.expectsKey }?.key
    }

    private static func sum(_ a: Int, _ b: Int) -> Int {
      let (result, overflow) = a.addingReportingOverflow(b)
      return overflow ? Int.max : result
    }
  }
}

extension AliasExpansion {
  /// The error, in `language`.
  func message(in language: Language) -> String {
    let (added, limit) = (Self.describe(added, in: language), Self.describe(limit, in: language))
    let messages = language.messages
    let aliases =
      key.map { messages.text("yaml.aliases-in", ["key": $0]) } ?? messages.text("yaml.aliases-here")
    return messages.text("yaml.alias-expansion", ["aliases": aliases, "added": added, "limit": limit])
  }

  /// A size for a person: KiB up to a MiB, then MiB, then GiB; beyond a TiB only that it is.
  static func describe(_ bytes: Int, in language: Language) -> String {
    let kibibyte = 1024
    let mebibyte = kibibyte * 1024
    let gibibyte = mebibyte * 1024
    switch bytes {
    case ..<mebibyte: return "\((bytes + kibibyte - 1) / kibibyte) KiB"
    case ..<gibibyte: return "\(bytes / mebibyte) MiB"
    case ..<(gibibyte * 1024): return "\(bytes / gibibyte) GiB"
    default: return language.messages.text("yaml.size-over-tib")
    }
  }
}
