import Foundation
import Testing
import Yams

@testable import VitaCore

/// The fast front matter parser against Yams: on every input it reads, the same tree with the same
/// strings, styles and marks as Yams's tree converted; on every input Yams rejects, no tree at all.
extension YAMLNode {
  /// The text of a scalar; nil for anything else.
  fileprivate var string: String? {
    if case .scalar(let scalar) = self { return scalar.string }
    return nil
  }

  fileprivate var sequenceForTest: YAMLNode.Sequence? {
    if case .sequence(let sequence) = self { return sequence }
    return nil
  }
}

@Suite struct SimpleYAMLTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Checks one input; true when the fast path read it.
  @discardableResult
  static func check(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
    guard let fast = SimpleYAML.compose(yaml) else { return false }
    let slow: YAMLNode?
    do {
      slow = try Yams.compose(yaml: yaml, Resolver.basic, .default, .utf8).map(YAMLNode.init)
    } catch {
      Issue.record("the fast path read YAML that Yams rejects (\(error)):\n\(yaml)", sourceLocation: sourceLocation)
      return true
    }
    guard let slow else {
      Issue.record("the fast path read YAML that Yams finds empty:\n\(yaml)", sourceLocation: sourceLocation)
      return true
    }
    if let difference = difference(fast, slow, path: "") {
      Issue.record("\(difference) in:\n\(yaml)", sourceLocation: sourceLocation)
    } else {
      #expect(fast == slow, sourceLocation: sourceLocation)
    }
    return true
  }

  /// Where two trees differ, for the message: the first node whose mark, style, text or shape is not
  /// the same.
  static func difference(_ a: YAMLNode, _ b: YAMLNode, path: String) -> String? {
    guard a.mark == b.mark else {
      return "\(path): mark \(String(describing: a.mark)) ≠ \(String(describing: b.mark))"
    }
    switch (a, b) {
    case (.scalar(let x), .scalar(let y)):
      guard x.string == y.string, x.style == y.style else {
        return "\(path): scalar \(x.string.debugDescription)/\(x.style) ≠ \(y.string.debugDescription)/\(y.style)"
      }
      return nil
    case (.sequence(let x), .sequence(let y)):
      guard x.items.count == y.items.count else { return "\(path): sequence \(x.items.count) ≠ \(y.items.count)" }
      for (index, (p, q)) in zip(x.items, y.items).enumerated() {
        if let found = difference(p, q, path: "\(path)[\(index)]") { return found }
      }
      return nil
    case (.mapping(let x), .mapping(let y)):
      guard x.pairs.count == y.pairs.count else { return "\(path): mapping \(x.pairs.count) ≠ \(y.pairs.count)" }
      for (index, (p, q)) in zip(x.pairs, y.pairs).enumerated() {
        if let found = difference(p.key, q.key, path: "\(path){key \(index)}") { return found }
        if let found = difference(p.value, q.value, path: "\(path).\(p.key.string ?? "?")") { return found }
      }
      return nil
    default:
      return "\(path): \(a) ≠ \(b)"
    }
  }

  /// Yams's tree converted keeps what the reader uses: quoting, order, marks, and aliases resolved.
  @Test func yamsTreesConvertWithStylesOrderAndMarks() throws {
    let yaml = "b: 'q'\na: \"d\"\nc:\n  - plain\n  - |\n    lit\nanchor: &x v\nref: *x\n"
    let node = try #require(try Yams.compose(yaml: yaml, Resolver.basic, .default, .utf8).map(YAMLNode.init))
    guard case .mapping(let mapping) = node else {
      Issue.record("not a mapping: \(node)")
      return
    }
    #expect(mapping.pairs.map { $0.key.string } == ["b", "a", "c", "anchor", "ref"])
    guard case .scalar(let quoted) = mapping.pairs[0].value, case .scalar(let double) = mapping.pairs[1].value,
      case .sequence(let list) = mapping.pairs[2].value, case .scalar(let literal) = list.items[1],
      case .scalar(let reference) = mapping.pairs[4].value
    else {
      Issue.record("unexpected shapes: \(mapping)")
      return
    }
    #expect(quoted.style == .singleQuoted && double.style == .doubleQuoted && literal.style == .literal)
    #expect(literal.string == "lit\n" && reference.string == "v")
    #expect(mapping.pairs[1].key.mark == YAMLMark(line: 2, column: 1))
    #expect(list.items[0].mark == YAMLMark(line: 4, column: 5))
  }

  /// Aliases share their anchor's node: nine levels of nine aliases convert as ten lists, not 9^9 nodes.
  @Test func aliasesConvertOnceAndShare() throws {
    var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in 1...9 {
      lines.append(
        "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]")
    }
    let node = try #require(
      try Yams.compose(yaml: lines.joined(separator: "\n"), Resolver.basic, .default, .utf8).map(YAMLNode.init))
    guard case .mapping(let mapping) = node, case .sequence(let top) = mapping.pairs[9].value,
      case .sequence(let inner) = top.items[8]
    else {
      Issue.record("unexpected shape")
      return
    }
    #expect(top.items.count == 9 && inner.items.count == 9)
    #expect(inner == mapping.pairs[8].value.sequenceForTest)
  }

  @Test func readsWhatYamsReadsInEveryFileOfTheRepository() throws {
    var inputs: [String] = []
    for folder in ["content", "Tests", "docs"] {
      let url = Self.root.appendingPathComponent(folder)
      guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { continue }
      for case let file as URL in walker where ["md", "yml", "yaml"].contains(file.pathExtension) {
        guard let data = try? Data(contentsOf: file) else { continue }
        let text = String(decoding: data, as: UTF8.self)
        if file.pathExtension == "md" {
          if case .success(let document) = FrontMatterDocument.split(text) { inputs.append(document.yaml) }
        } else {
          inputs.append(text)
        }
      }
    }
    inputs.append(try String(contentsOf: Self.root.appendingPathComponent("vita.yml"), encoding: .utf8))
    #expect(inputs.count > 40)
    let fast = inputs.filter { Self.check($0) }.count
    print("SimpleYAML: \(fast) of \(inputs.count) repository files took the fast path")
    #expect(fast > inputs.count / 3)
  }

  @Test func readsWhatYamsReadsOnHandPickedCases() {
    let read = [
      "title: A\nkind: job",
      "title: 'it''s'\nkind: \"a: b\"",
      "skills: [a, 'b', \"c\", https://x.example/a?b=c#d]\nempty: []",
      "links:\n  - {label: Demo, url: https://x}\n  - {label: 'Q', url: \"/p\"}",
      "star:\n  situation: s\n  task: t # note\n\n  # comment\n  action: a\nresult: r",
      "highlights:\n    - one\n    - two # c\n# top\nend: present   ",
      "key: ~\nother: no\nthird: key:value\nfourth: a#b\nfifth: Ünïcödé 日本 🎉",
    ]
    for yaml in read { #expect(Self.check(yaml), "\(yaml)") }
    let declined = [
      "", "# only", "a: &x 1\nb: *x", "a: !t x", "a: |\n  x", "a: >\n  x", "a: b\n  c", "a: 'b\n  c'", "a: \"\\n\"",
      "? a\n: b", "a: [b,\n  c]", "---\na: b", "a: b\n...", "a:\tb", "a: b\na: c", "a:", "a: [b,]", "- a", "a: b: c",
      "a: {b: c, b: d}", " a: b", "a:\n- b", "a: -1", "a: 'b' c",
    ]
    for yaml in declined { #expect(SimpleYAML.compose(yaml) == nil, "\(yaml)") }
  }

  /// Past 32 keys a mapping checks for a repeated key in a set, not a list: the same answers.
  @Test func aLongMappingIsReadAndARepeatedKeyInItDeclined() {
    let keys = (1...40).map { "key\($0): \($0)" }
    #expect(Self.check(keys.joined(separator: "\n")))
    #expect(SimpleYAML.compose((keys + ["key7: again"]).joined(separator: "\n")) == nil)
    #expect(SimpleYAML.compose((keys + ["key39: again"]).joined(separator: "\n")) == nil)
    let flow = "m: {" + (1...40).map { "k\($0): v" }.joined(separator: ", ")
    #expect(Self.check(flow + "}"))
    #expect(SimpleYAML.compose(flow + ", k3: w}") == nil)
  }

  @Test func readsWhatYamsReadsOnGeneratedFrontMatter() {
    var random = SeededGenerator(seed: 20_261_129)
    var fast = 0
    let count = 30_000
    for _ in 0..<count {
      var yaml = Self.document(&random)
      if Int.random(in: 0..<3, using: &random) == 0 { yaml = Self.mutate(yaml, &random) }
      if Self.check(yaml) { fast += 1 }
    }
    print("SimpleYAML: \(fast) of \(count) generated documents took the fast path")
    #expect(fast > count / 10)
  }

  /// Words every parser reads alike, then ones that test the edges.
  static let common = [
    "Demo", "no", "~", "null", "yes", "true", "469", "2015-01", "key:value", "a#b", "C++", "50%", "x - y",
    "Bandung, Indonesia", "https://example.com/0", "mailto:a@b.c", "Ünïcödé ✓", "日本語", "emoji 🎉", "it's",
    "Built a thing with Swift that saved 3 hours",
  ]
  static let words = [
    "-5", "a: b", "trailing:", "say \"hi\"", "[x]", "{y}", "@at", "`tick`", "%p", "&a", "*a", "!t", "|", ">", "? q",
    ": c",
    "a # comment", "a#", "...", "---", "quoted ''x''", "a\\b", "x: y: z", "a,b", "a]b", "a}b", "q?", "é",
    "\u{00A0}nbsp", "zero\u{200B}width", "x ", " ",
  ]
  static let keys = [
    "title", "kind", "skills", "must_have", "a-b", "Key", "x1", "_k", "organization", "start", "end", "location",
    "hours", "featured", "2020", "with space", "\"q\"", "é", "label", "url",
  ]

  static func scalar(_ random: inout SeededGenerator, flow: Bool) -> String {
    let word = (Int.random(in: 0..<8, using: &random) == 0 ? words : common).randomElement(using: &random)!
    switch Int.random(in: 0..<6, using: &random) {
    case 0: return "'" + word.replacingOccurrences(of: "'", with: "''") + "'"
    case 1: return "\"" + word + "\""
    default: return word
    }
  }

  static func space(_ random: inout SeededGenerator) -> String {
    ["", " ", " ", " ", "  "].randomElement(using: &random)!
  }

  static func comment(_ random: inout SeededGenerator) -> String {
    Int.random(in: 0..<6, using: &random) == 0 ? [" # note", "#x", "  # a: b"].randomElement(using: &random)! : ""
  }

  static func flowSequence(_ random: inout SeededGenerator) -> String {
    let items = (0..<Int.random(in: 0...4, using: &random)).map { _ in scalar(&random, flow: true) }
    let separator = [",", ", ", " , ", ",  "].randomElement(using: &random)!
    return "[" + space(&random) + items.joined(separator: separator) + space(&random) + "]"
  }

  static func flowMapping(_ random: inout SeededGenerator) -> String {
    let pairs = (0..<Int.random(in: 1...3, using: &random)).map { _ in
      keys[Int.random(in: 0..<(Int.random(in: 0..<8, using: &random) == 0 ? keys.count : 16), using: &random)]
        + [": ", ":  ", ":"].randomElement(using: &random)!
        + scalar(&random, flow: true)
    }
    return "{" + space(&random) + pairs.joined(separator: ", ") + space(&random) + "}"
  }

  static func inline(_ random: inout SeededGenerator) -> String {
    switch Int.random(in: 0..<8, using: &random) {
    case 0, 1: return flowSequence(&random)
    case 2: return flowMapping(&random)
    default: return scalar(&random, flow: false)
    }
  }

  static func mapping(_ random: inout SeededGenerator, indent: Int, depth: Int) -> [String] {
    let pad = String(repeating: " ", count: indent)
    var lines: [String] = []
    for _ in 0..<Int.random(in: 1...6, using: &random) {
      let key = keys[Int.random(in: 0..<(Int.random(in: 0..<8, using: &random) == 0 ? keys.count : 16), using: &random)]
      switch Int.random(in: 0..<10, using: &random) {
      case 0 where depth < 3:
        lines.append(pad + key + ":" + comment(&random))
        lines += mapping(&random, indent: indent + [2, 4, 2, 1].randomElement(using: &random)!, depth: depth + 1)
      case 1, 2:
        lines.append(pad + key + ":" + comment(&random))
        let inner = pad + String(repeating: " ", count: [2, 4, 2, 0].randomElement(using: &random)!)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
          let item = Int.random(in: 0..<3, using: &random) == 0 ? flowMapping(&random) : scalar(&random, flow: false)
          lines.append(inner + "-" + [" ", "  "].randomElement(using: &random)! + item + comment(&random))
        }
      case 3 where Int.random(in: 0..<4, using: &random) == 0:
        lines.append(pad + key + ":" + space(&random) + comment(&random))
      default:
        lines.append(pad + key + ":" + [" ", "  "].randomElement(using: &random)! + inline(&random) + comment(&random))
      }
      switch Int.random(in: 0..<10, using: &random) {
      case 0: lines.append("")
      case 1: lines.append(String(repeating: " ", count: Int.random(in: 0...6, using: &random)) + "# comment: x")
      case 2: lines[lines.count - 1] += "  "
      default: break
      }
    }
    return lines
  }

  static func document(_ random: inout SeededGenerator) -> String {
    mapping(&random, indent: 0, depth: 0).joined(separator: "\n")
  }

  /// One to three small edits that YAML is sensitive to.
  static func mutate(_ yaml: String, _ random: inout SeededGenerator) -> String {
    var scalars = Array(yaml.unicodeScalars)
    let inserts = Array(" :-#'\"[]{},\n\t&*!|>?~\\\r\u{FEFF}\u{85}\u{2028}é".unicodeScalars)
    for _ in 0..<Int.random(in: 1...3, using: &random) {
      let at = Int.random(in: 0...scalars.count, using: &random)
      switch Int.random(in: 0..<3, using: &random) {
      case 0: scalars.insert(inserts.randomElement(using: &random)!, at: at)
      case 1 where at < scalars.count: scalars.remove(at: at)
      default: scalars.insert(contentsOf: "\n  ".unicodeScalars, at: at)
      }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}
