import Foundation
import Testing

@testable import VitaCore

/// The schema's tables under data/schema/: each row parses, and docs/format.md shows every table
/// as the schema has it.
@Suite struct SchemaTests {
  static let format = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/format.md")

  static let schemas = [Schema.config, .experience, .posting, .jsonPosting]

  @Test(arguments: schemas.map(\.name)) func everyRowParses(_ name: String) throws {
    let schema = try #require(Self.schemas.first { $0.name == name })
    #expect(schema.problems.isEmpty, "\(schema.problems)")
    #expect(schema.keys.count > 10)
    let paths = schema.keys.map(\.path)
    #expect(Set(paths).count == paths.count, "a key is written twice")
    for key in schema.keys {
      if let parent = key.parent {
        let owner = schema.keys.first { $0.path == parent }
        #expect(owner?.type == .mapping || owner?.type == .items, "\(key.path) is under no mapping")
      }
      if key.required.isRequired {
        #expect(key.meaning.hasPrefix("required"), "\(key.path) is required: say so first")
      }
    }
  }

  /// Every mapping's keys, as docs/format.md lists them; `swift test --filter SchemaTests` prints
  /// the table to paste where one differs.
  @Test(arguments: schemas.map(\.name)) func theFormatReferenceShowsEveryTable(_ name: String) throws {
    let schema = try #require(Self.schemas.first { $0.name == name })
    let docs = try String(contentsOf: Self.format, encoding: .utf8)
    let parents = [nil] + schema.keys.filter { $0.type == .mapping || $0.type == .items }.map(\.path)
    for parent in parents {
      let table = schema.markdownTable(under: parent)
      #expect(docs.contains(table), "docs/format.md lacks the table of \(parent ?? name):\n\(table)")
    }
  }

  @Test func aKeyAddedToTheTableIsReadAndCheckedWithNoOtherChange() {
    let schema = Schema(
      name: "test",
      table: "title\ttext\talways\ttext\trequired\ncount\tint 1...9\t-\tnumber\thow many\nlist\titems\t-\tlist\titems\n"
        + "list.name\ttext\talways\ttext\trequired\n")
    #expect(schema.problems.isEmpty)
    var reader = YAMLReader(file: "x.yml", lineOffset: 0)
    guard let root = reader.parse("count: 12\nlist: [{name: a}, {other: b}]\ncont: 1\n"),
      case .mapping(let mapping) = root
    else {
      Issue.record("no mapping")
      return
    }
    let fields = reader.fields(of: mapping, context: nil, known: schema.names(under: nil))
    var record = Record()
    #expect(!reader.decode(fields, by: schema, into: &record))
    #expect(record["list", as: [Record].self]?.count == 1)
    let messages = reader.diagnostics.diagnostics.map(\.message)
    #expect(messages.contains("'count' must be between 1 and 9, not 12"))
    #expect(messages.contains("'title' is required"))
    #expect(messages.contains("'name' is required"))
    #expect(messages.contains("unknown key 'other' in 'list'"))
    #expect(messages.contains("unknown key 'cont'; did you mean 'count'?"))
  }

  @Test(arguments: ["int 3...1", "int", "number", "int 1..2", "int 1...x"]) func anUnknownTypeIsAProblem(_ type: String)
  {
    #expect(Schema(name: "x", table: "a\t\(type)\t-\tt\tm\n").problems.count == 1)
  }
}

extension SchemaTests {
  @Test(arguments: ["sometimes", "always except", "published except nothing", "- except project", "yes"])
  func anUnknownRequirementIsAProblem(_ required: String) {
    #expect(Schema(name: "x", table: "a\ttext\t\(required)\tt\tm\n").problems.count == 1)
  }

  @Test func aRequirementNamesTheKindsThatMayLeaveTheKeyOut() throws {
    let organization = try #require(Schema.experience.keys.first { $0.path == "organization" })
    #expect(organization.required.level == .published)
    #expect(organization.required.exceptKinds == [.project, .course])
  }
}
