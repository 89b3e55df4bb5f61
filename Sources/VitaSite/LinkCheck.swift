import Foundation
import VitaCore

/// Finds links in a built site that lead nowhere: `href` and `src` to files that are not in the
/// output, and `#fragments` that no element of the target page has as its `id`.
///
/// Works on the files in memory, so a check needs no server and writes nothing. Links to other
/// hosts are collected for `--external`, not checked here.
public struct LinkCheck: Sendable {
  public let files: OutputFiles
  /// The site's `base_url`: links that start with it, or with its path, are internal.
  public let baseURL: String

  public init(files: OutputFiles, baseURL: String) {
    self.files = files
    self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
  }

  /// One link on one page.
  public struct Link: Sendable, Hashable {
    /// The page's path in the output, e.g. `experiences/kostfinder/index.html`.
    public var page: String
    public var line: Int
    public var column: Int
    /// The link as written, entities decoded.
    public var target: String
  }

  /// A link that leads nowhere, and why.
  public struct Broken: Sendable, Hashable {
    public var link: Link
    public var reason: String
  }

  /// Every internal link that leads nowhere, in page order.
  public func brokenLinks() -> [Broken] {
    var idCache: [String: Set<String>] = [:]
    var broken: [Broken] = []
    for link in links() {
      guard case .internal(let path, let fragment) = classify(link) else {
        if case .invalid(let reason) = classify(link) { broken.append(Broken(link: link, reason: reason)) }
        continue
      }
      guard let resolved = existingFile(path) else {
        broken.append(Broken(link: link, reason: "there is no \(path.isEmpty ? "index.html" : path) in the output"))
        continue
      }
      guard let fragment, !fragment.isEmpty, fragment != "top", resolved.hasSuffix(".html") else { continue }
      if idCache[resolved] == nil { idCache[resolved] = ids(in: resolved) }
      if idCache[resolved]?.contains(fragment) != true {
        broken.append(Broken(link: link, reason: "\(resolved) has no element with id \"\(fragment)\""))
      }
    }
    return broken
  }

  /// Links to other sites (http and https), each with the first place it appears.
  public func externalLinks() -> [(url: String, link: Link)] {
    var seen = Set<String>()
    var result: [(url: String, link: Link)] = []
    for link in links() {
      guard case .external(let url) = classify(link), seen.insert(url).inserted else { continue }
      result.append((url, link))
    }
    return result
  }

  // MARK: Reading pages

  /// Every `href` and `src` of every HTML page, in the order of pages and of the text.
  public func links() -> [Link] {
    var result: [Link] = []
    for page in files.files.keys.sorted() where page.hasSuffix(".html") {
      guard let data = files[page] else { continue }
      let html = String(decoding: data, as: UTF8.self)
      for (target, offset) in Self.attributes(["href", "src"], in: html) {
        let (line, column) = Self.position(of: offset, in: html)
        result.append(Link(page: page, line: line, column: column, target: target))
      }
    }
    return result
  }

  private func ids(in page: String) -> Set<String> {
    guard let data = files[page] else { return [] }
    return Set(Self.attributes(["id", "name"], in: String(decoding: data, as: UTF8.self)).map(\.value))
  }

  private static let attributePattern = try? NSRegularExpression(
    pattern: #"\s(href|src|id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')"#, options: [.caseInsensitive])

  /// The values of the named attributes, with the UTF-16 offset of each value.
  static func attributes(_ names: Set<String>, in html: String) -> [(value: String, offset: Int)] {
    guard let pattern = attributePattern else { return [] }
    let text = html as NSString
    var found: [(String, Int)] = []
    for match in pattern.matches(in: html, range: NSRange(location: 0, length: text.length)) {
      guard names.contains(text.substring(with: match.range(at: 1)).lowercased()) else { continue }
      let valueRange = match.range(at: 2).location != NSNotFound ? match.range(at: 2) : match.range(at: 3)
      found.append((decodeEntities(text.substring(with: valueRange)), valueRange.location))
    }
    return found
  }

  static func decodeEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  static func position(of offset: Int, in html: String) -> (line: Int, column: Int) {
    let prefix = (html as NSString).substring(to: offset)
    let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
    return (lines.count, (lines.last?.count ?? 0) + 1)
  }

  // MARK: Resolving

  enum Target: Equatable {
    case `internal`(path: String, fragment: String?)
    case external(String)
    case invalid(String)
    case ignored
  }

  /// What a link on `link.page` points at: a path in the output, another site, or nothing to check.
  func classify(_ link: Link) -> Target {
    var target = link.target.trimmingCharacters(in: .whitespaces)
    if target.isEmpty { return .ignored }
    if target.hasPrefix(baseURL) {
      target = sitePath + target.dropFirst(baseURL.count)
    } else if target.hasPrefix("//") {
      return .external("https:" + target)
    } else if let colon = target.firstIndex(of: ":"),
      !target[..<colon].contains("/"), !target[..<colon].contains("#"), !target[..<colon].contains("?")
    {
      let scheme = target[..<colon].lowercased()
      return scheme == "http" || scheme == "https" ? .external(target) : .ignored
    }
    var fragment: String?
    if let hash = target.firstIndex(of: "#") {
      fragment = String(target[target.index(after: hash)...]).removingPercentEncoding
      target = String(target[..<hash])
    }
    if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
    guard let decoded = target.removingPercentEncoding else { return .invalid("the link is not a valid address") }

    var parts: [Substring]
    if decoded.hasPrefix("/") {
      guard decoded.hasPrefix(sitePath) || decoded + "/" == sitePath else {
        return .invalid("the link leaves the site's path \(sitePath) (base_url \(baseURL))")
      }
      parts = []
      target = String(decoded.dropFirst(min(sitePath.count, decoded.count)))
    } else if decoded.isEmpty {
      return .internal(path: link.page, fragment: fragment)
    } else {
      parts = link.page.split(separator: "/").dropLast()
      target = decoded
    }
    for part in target.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..":
        guard !parts.isEmpty else { return .invalid("the link climbs above the site's root") }
        parts.removeLast()
      default: parts.append(part)
      }
    }
    var path = parts.joined(separator: "/")
    if target.hasSuffix("/") || target.isEmpty, !path.isEmpty { path += "/" }
    return .internal(path: path, fragment: fragment)
  }

  /// The path part of the base URL, `/` or `/repo/`.
  var sitePath: String { SiteURLs(baseURL: baseURL).basePath }

  /// The output file a path names: itself, or the `index.html` of a folder.
  func existingFile(_ path: String) -> String? {
    if path.isEmpty { return files["index.html"] == nil ? nil : "index.html" }
    if path.hasSuffix("/") { return files[path + "index.html"] == nil ? nil : path + "index.html" }
    if files[path] != nil { return path }
    if files[path + "/index.html"] != nil { return path + "/index.html" }
    return nil
  }
}
