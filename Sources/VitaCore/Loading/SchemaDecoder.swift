import Foundation

/// The values of one mapping as its schema decoded them, by the key's path (`person.name`); a
/// key that is absent, null or wrong has none.
struct Record {
  private var values: [String: Any]

  /// `capacity`: how many keys the schema has, so that the table grows once.
  init(capacity: Int = 0) { values = .init(minimumCapacity: capacity) }

  subscript<Value>(_ path: String, as type: Value.Type = Value.self) -> Value? {
    get { values[path].flatMap { $0 as? Value } }
    set { values[path] = newValue }
  }

  /// Whether the key at `path` has no value, or only blank text.
  func lacks(_ path: String) -> Bool {
    guard let value = values[path] else { return true }
    return (value as? String).map(SiteLoader.isBlank) ?? false
  }
}

extension YAMLReader {
  /// Reads every key of the mapping at `parent` that `schema` has, in the table's order, into
  /// `record`, with a diagnostic for each value of the wrong type and each required key missing;
  /// `missingAt` is where a missing key is reported, and in a `draft` one required only once
  /// published is a note; `only`, where given, names the keys to read. Whether every required key
  /// was there.
  @discardableResult
  mutating func decode(
    _ fields: Fields, by schema: Schema, under parent: String? = nil, missingAt: YAMLNode? = nil,
    draft: Bool = false, only: Set<String>? = nil, into record: inout Record
  ) -> Bool {
    var complete = true
    for key in schema.keys(under: parent) where only?.contains(key.path) ?? true {
      let node = fields[key.name]
      switch key.type {
      case .mapping:
        if let mapping = mapping(node, key: key.name, known: schema.names(under: key.path)) {
          if !decode(
            mapping, by: schema, under: key.path, missingAt: fields.keyNode(key.name), draft: draft, into: &record)
          {
            // A mapping that lacks a required key counts as missing itself.
            complete = false
            continue
          }
          record[key.path] = true
        }
        if key.required.isRequired, node == nil {
          missing(key, in: schema, at: missingAt, draft: draft, record: record)
          complete = false
        }
        continue
      case .items:
        var items: [Record] = []
        for item in sequence(node, key: key.name) {
          guard let mapping = mapping(item, key: key.name, known: schema.names(under: key.path)) else { continue }
          var itemRecord = Record()
          if decode(mapping, by: schema, under: key.path, missingAt: item, draft: draft, into: &itemRecord) {
            items.append(itemRecord)
          }
        }
        record[key.path] = items
      default:
        record[key.path] = value(node, of: key)
      }
      if lacks(key, in: record, node: node) {
        missing(
          key, in: schema, at: missingAt, draft: draft, record: record, node: node, keyNode: fields.keyNode(key.name))
        complete = false
      }
    }
    return complete
  }

  /// Whether a required key lacks its value: absent, null or blank. A value of the wrong shape, or
  /// one its type refused, has had its own error.
  private func lacks(_ key: Schema.Key, in record: Record, node: YAMLNode?) -> Bool {
    guard key.required.isRequired, record.lacks(key.path) else { return false }
    if !key.required.exceptKinds.isEmpty {
      guard let kind: Kind = record["kind"], !key.required.exceptKinds.contains(kind) else { return false }
    }
    guard let node else { return true }
    guard case .scalar(let scalar) = node else { return false }
    return YAMLReader.isNull(node) || SiteLoader.isBlank(scalar.string)
  }

  /// A required key missing: worded by `required.<schema>.<path>` of the catalogue, at the key,
  /// where it has one; else "is required" where the key belongs, or "must not be empty" at a
  /// value left empty.
  private mutating func missing(
    _ key: Schema.Key, in schema: Schema, at place: YAMLNode?, draft: Bool, record: Record,
    node: YAMLNode? = nil, keyNode: YAMLNode? = nil
  ) {
    let own = "required.\(schema.name).\(key.path)"
    let kind = (record["kind"] as Kind?).map { messages.text("loader.kind-named.\($0.rawValue)") } ?? ""
    let values: [String: Any] = [
      "key": key.name, "kind": kind, "kinds": Kind.allCases.map(\.rawValue).joined(separator: ", "),
    ]
    let (message, at) =
      messages.has(own)
      ? (messages.text(own, values), keyNode ?? place)
      : node.map { (messages.text("loader.must-not-be-empty", values), $0) }
        ?? (messages.text("loader.is-required", values), place)
    required(message, at: at, inDraft: draft && key.required.level == .published)
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
        error("base-url", messages.text("loader.base-url"), at: node)
        return nil
      }
      return url
    case .language:
      return checked(node, key: name, code: "language", message: "loader.language") {
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
        error("type", messages.text("loader.aliases"), at: node)
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
          error("type", messages.text("loader.iframe-host", ["host": host]), at: node)
        }
      }
      return hosts
    case .paper:
      return checked(node, key: name, code: "paper", message: "loader.paper") { Paper(rawValue: $0) }
    case .themeName:
      let names = messages.either(ThemeSettings.names)
      return checked(node, key: name, code: "theme-name", message: "loader.theme-name", ["names": names]) {
        ThemeSettings.names.contains($0) ? $0 : nil
      }
    case .accent:
      return checked(node, key: name, code: "theme-accent", message: "loader.theme-accent") {
        ThemeSettings.isAccent($0) ? $0.lowercased() : nil
      }
    case .font:
      return checked(node, key: name, code: "theme-font", message: "loader.theme-font") {
        ThemeSettings.Font(rawValue: $0)
      }
    case .kind:
      guard let node, let value = string(node, key: name) else { return nil }
      guard let kind = Kind(rawValue: value) else {
        let kinds = Kind.allCases.map(\.rawValue)
        let values = ["value": value, "kinds": kinds.joined(separator: ", ")]
        let message =
          NearMiss.closest(to: value, among: kinds).map {
            messages.text("loader.unknown-kind-near", values.merging(["name": $0]) { _, new in new })
          } ?? messages.text("loader.unknown-kind", values)
        error("unknown-kind", message, at: node)
        return nil
      }
      return kind
    case .fileSlug, .ignored: return nil
    case .date: return date(node, key: name)
    case .day: return date(node, key: name, dayNeeded: true)
    case .endDate:
      guard let node, let value = string(node, key: name) else { return nil }
      if EndDate.meansPresent(value) { return EndDate.present }
      return date(node, key: name).map(EndDate.on)
    case .highlights:
      var highlights: [Highlight] = []
      for item in sequence(node, key: name) {
        guard case .scalar = item else {
          error("type", messages.text("loader.highlight-not-line"), at: item)
          continue
        }
        if let line = string(item, key: name), !line.isEmpty {
          highlights.append(Highlight(text: line, location: location(of: item)))
        }
      }
      return highlights
    case .visibility:
      return checked(node, key: name, code: "visibility", message: "loader.visibility") {
        Visibility(rawValue: $0)
      }
    case .url:
      guard let node, let url = string(node, key: name) else { return nil }
      guard LinkPolicy.isAllowed(url) else {
        error("link-scheme", messages.text("loader.url-scheme"), at: node)
        return nil
      }
      return url
    case .status:
      guard let node, let value = string(node, key: name) else { return nil }
      guard let status = Application.Status(rawValue: value.lowercased()) else {
        let known = Application.Status.allCases.map(\.rawValue)
        let hint =
          NearMiss.closest(to: value.lowercased(), among: known).map {
            messages.text("hint.did-you-mean", ["name": $0])
          } ?? ""
        let message = messages.text("loader.status", ["known": known.joined(separator: ", "), "value": value])
        error("status", message + hint, at: node)
        return nil
      }
      return status
    case .appointment:
      guard let node, let value = string(node, key: name) else { return nil }
      guard let appointment = Appointment(parsing: value) else {
        error("date", messages.text("loader.interview", ["value": value]), at: node)
        return nil
      }
      return appointment
    }
  }

  /// A date of `key`; `dayNeeded` when only a day makes sense (the last day to apply).
  mutating func date(_ node: YAMLNode?, key: String, dayNeeded: Bool = false) -> PartialDate? {
    guard let node, let value = string(node, key: key) else { return nil }
    guard let date = PartialDate(parsing: value), date.day != nil || !dayNeeded else {
      let message =
        dayNeeded ? "loader.day" : key == "end" ? "loader.end-date" : "loader.date"
      error("date", messages.text(message, ["key": key, "value": value]), at: node)
      return nil
    }
    return date
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
        error("required", messages.text("required.link.url"), at: item)
        continue
      }
      guard LinkPolicy.isAllowed(url) else {
        error("link-scheme", messages.text("loader.link-scheme", ["url": url]), at: fields["url"])
        continue
      }
      links.append(Link(label: string(fields["label"], key: "label") ?? url, url: url))
    }
    return links
  }
}
