import Foundation

/// The values of one mapping as its schema decoded them, by the key's path (`person.name`); a
/// key that is absent, null or wrong has none.
struct Record {
  private var values: [String: Any] = [:]

  subscript<Value>(_ path: String, as type: Value.Type = Value.self) -> Value? {
    get { values[path].flatMap { $0 as? Value } }
    set { values[path] = newValue }
  }

  /// Whether the key at `path` has no value, or only empty text.
  func lacks(_ path: String) -> Bool {
    guard let value = values[path] else { return true }
    return (value as? String)?.isEmpty ?? false
  }
}

extension YAMLReader {
  /// Reads every key of the mapping at `parent` that `schema` has, in the table's order, into
  /// `record`, with a diagnostic for each value of the wrong type and each required key missing;
  /// `missingAt` is where a missing key is reported. Whether every required key was there.
  @discardableResult
  mutating func decode(
    _ fields: Fields, by schema: Schema, under parent: String? = nil, missingAt: YAMLNode? = nil,
    into record: inout Record
  ) -> Bool {
    var complete = true
    for key in schema.keys(under: parent) {
      let node = fields[key.name]
      switch key.type {
      case .mapping:
        if let mapping = mapping(node, key: key.name, known: schema.names(under: key.path)) {
          if !decode(mapping, by: schema, under: key.path, missingAt: fields.keyNode(key.name), into: &record) {
            // A mapping that lacks a required key counts as missing itself.
            complete = false
            continue
          }
          record[key.path] = true
        }
        if key.required, node == nil {
          missing(key, in: schema, at: missingAt)
          complete = false
        }
        continue
      case .items:
        var items: [Record] = []
        for item in sequence(node, key: key.name) {
          guard let mapping = mapping(item, key: key.name, known: schema.names(under: key.path)) else { continue }
          var itemRecord = Record()
          if decode(mapping, by: schema, under: key.path, missingAt: item, into: &itemRecord) {
            items.append(itemRecord)
          }
        }
        record[key.path] = items
      default:
        record[key.path] = value(node, of: key)
      }
      if key.required, record.lacks(key.path) {
        missing(key, in: schema, at: missingAt)
        complete = false
      }
    }
    return complete
  }

  /// A required key missing: `required.<schema>.<path>` of the catalogue where it has one.
  private mutating func missing(_ key: Schema.Key, in schema: Schema, at node: YAMLNode?) {
    let own = "required.\(schema.name).\(key.path)"
    let message =
      messages.has(own) ? messages.text(own) : messages.text("loader.is-required", ["key": key.name])
    error("required", message, at: node)
  }

  /// One value, read and checked as its type says.
  private mutating func value(_ node: YAMLNode?, of key: Schema.Key) -> Any? {
    let name = key.name
    switch key.type {
    case .text: return string(node, key: name)
    case .bool: return bool(node, key: name)
    case .int(let range): return int(node, key: name, range: range)
    case .texts: return node == nil ? nil : strings(node, key: name)
    case .terms: return node == nil ? nil : terms(node, key: name)
    case .links: return node == nil ? nil : links(node)
    case .mapping, .items: return nil
    case .baseURL:
      guard let node else { return nil }
      let url = string(node, key: name) ?? "/"
      guard SiteConfig.isValidBaseURL(url) else {
        error("base-url", messages.text("loader.base-url-must-be-absolute"), at: node)
        return nil
      }
      return url
    case .language:
      return checked(node, key: name, code: "language", message: "loader.language-must-be-en-or") {
        Language(rawValue: $0)
      }
    case .personFields:
      let fields = strings(node, key: name)
      for (index, field) in fields.enumerated() where !Person.fieldNames.contains(field) {
        let item = sequence(node, key: name)[safe: index]
        error(
          "person-private",
          messages.text(
            "loader.person-private", ["field": field, "fields": Person.fieldNames.joined(separator: ", ")]),
          at: item ?? node)
      }
      return node == nil ? nil : Set(fields)
    case .aliases:
      guard let node else { return nil }
      guard case .mapping(let mapping) = node else {
        error("type", messages.text("loader.aliases-must-map-a-term"), at: node)
        return nil
      }
      var aliases: [String: [String]] = [:]
      for pair in mapping.pairs {
        guard let term = string(pair.key, key: name) else { continue }
        aliases[term] = strings(pair.value, key: name)
      }
      return aliases
    case .hosts:
      var hosts: [String] = []
      for host in strings(node, key: name) {
        if host.range(
          of: #"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"#,
          options: .regularExpression) != nil
        {
          hosts.append(host.lowercased())
        } else {
          error("type", messages.text("loader.iframe-hosts-lists-host-names", ["host": host]), at: node)
        }
      }
      return hosts
    case .paper:
      return checked(node, key: name, code: "paper", message: "loader.paper-must-be-a4-or") { Paper(rawValue: $0) }
    case .themeName:
      let names = messages.either(ThemeSettings.names)
      return checked(node, key: name, code: "theme-name", message: "loader.theme-name", ["names": names]) {
        ThemeSettings.names.contains($0) ? $0 : nil
      }
    case .accent:
      return checked(node, key: name, code: "theme-accent", message: "loader.theme-accent-must-be-a") {
        ThemeSettings.isAccent($0) ? $0.lowercased() : nil
      }
    case .font:
      return checked(node, key: name, code: "theme-font", message: "loader.theme-font-must-be-sans") {
        ThemeSettings.Font(rawValue: $0)
      }
    }
  }

  /// A text that `parse` takes, or an error `code` worded by `message` with the text as `{value}`.
  private mutating func checked<Value>(
    _ node: YAMLNode?, key: String, code: String, message: String, _ values: [String: Any] = [:],
    parse: (String) -> Value?
  ) -> Value? {
    guard let node, let text = string(node, key: key) else { return nil }
    guard let value = parse(text) else {
      error(code, messages.text(message, values.merging(["value": text]) { _, new in new }), at: node)
      return nil
    }
    return value
  }

  /// A list of `{label, url}`; a link without a `url`, or with one of a scheme Vita refuses, is left out.
  mutating func links(_ node: YAMLNode?) -> [Link] {
    var links: [Link] = []
    for item in sequence(node, key: "links") {
      guard let fields = mapping(item, key: "links", known: ["label", "url"]) else { continue }
      guard let url = string(fields["url"], key: "url") else {
        error("required", messages.text("loader.each-link-needs-a-url"), at: item)
        continue
      }
      guard LinkPolicy.isAllowed(url) else {
        error("link-scheme", messages.text("loader.the-link-must-use-http", ["url": url]), at: fields["url"])
        continue
      }
      links.append(Link(label: string(fields["label"], key: "label") ?? url, url: url))
    }
    return links
  }
}
