import Yams

/// Where a YAML node starts, as libyaml counts: line from 1, column in Unicode scalars from 1.
struct YAMLMark: Sendable, Equatable {
  var line: Int
  var column: Int
}

/// A YAML node as Vita reads front matter and `vita.yml`: text with how it was quoted, lists and
/// mappings in the order written, and where each node starts.
///
/// Vita's own, not `Yams.Node`: a Yams node carries a tag object and its mappings are built with weak
/// references, so that making, copying and dropping them was more than half of reading front matter.
/// A copy of this one retains one buffer. `SimpleYAML` makes these directly; YAML that only Yams
/// reads is converted from Yams's tree.
enum YAMLNode: Sendable, Equatable {
  case scalar(Scalar)
  case sequence(Sequence)
  case mapping(Mapping)
  /// An alias (`*name`), which Yams composes away; kept for a complete conversion.
  case alias(YAMLMark?)

  enum Style: Sendable, Equatable {
    case any, plain, singleQuoted, doubleQuoted, literal, folded
  }

  struct Scalar: Sendable, Equatable {
    var string: String
    var style: Style
    var mark: YAMLMark?
  }

  struct Sequence: Sendable, Equatable {
    var items: [YAMLNode]
    var mark: YAMLMark?
  }

  struct Pair: Sendable, Equatable {
    var key: YAMLNode
    var value: YAMLNode
  }

  struct Mapping: Sendable, Equatable {
    var pairs: [Pair]
    var mark: YAMLMark?
  }

  var mark: YAMLMark? {
    switch self {
    case .scalar(let scalar): scalar.mark
    case .sequence(let sequence): sequence.mark
    case .mapping(let mapping): mapping.mark
    case .alias(let mark): mark
    }
  }

  /// Yams's tree as Vita's.
  ///
  /// An alias is composed by Yams as a copy of its anchor's node, sharing its storage; converted
  /// naively, nine nested lists of nine aliases ("billion laughs") would become 387 million nodes. Each
  /// list and mapping Yams composes has a tag object of its own, which its aliases share: a node met
  /// again by that tag is converted once, and its copies share storage here too.
  init(_ node: Yams.Node) {
    var converted: [ObjectIdentifier: YAMLNode] = [:]
    self = Self.convert(node, &converted)
  }

  private static func convert(_ node: Yams.Node, _ converted: inout [ObjectIdentifier: YAMLNode]) -> YAMLNode {
    switch node {
    case .scalar(let scalar):
      return .scalar(Scalar(string: scalar.string, style: Style(scalar.style), mark: YAMLMark(scalar.mark)))
    case .sequence(let sequence):
      let identity = ObjectIdentifier(sequence.tag)
      if let done = converted[identity] { return done }
      let result = YAMLNode.sequence(
        Sequence(items: sequence.map { convert($0, &converted) }, mark: YAMLMark(sequence.mark)))
      converted[identity] = result
      return result
    case .mapping(let mapping):
      let identity = ObjectIdentifier(mapping.tag)
      if let done = converted[identity] { return done }
      let pairs = mapping.map { Pair(key: convert($0.key, &converted), value: convert($0.value, &converted)) }
      let result = YAMLNode.mapping(Mapping(pairs: pairs, mark: YAMLMark(mapping.mark)))
      converted[identity] = result
      return result
    case .alias(let alias):
      return .alias(YAMLMark(alias.mark))
    }
  }
}

extension YAMLMark {
  init?(_ mark: Yams.Mark?) {
    guard let mark else { return nil }
    self.init(line: mark.line, column: mark.column)
  }
}

extension YAMLNode.Style {
  init(_ style: Yams.Node.Scalar.Style) {
    switch style {
    case .any: self = .any
    case .plain: self = .plain
    case .singleQuoted: self = .singleQuoted
    case .doubleQuoted: self = .doubleQuoted
    case .literal: self = .literal
    case .folded: self = .folded
    }
  }
}
