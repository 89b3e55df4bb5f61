/// Which link targets in a body count as links to another experience, and to which slug.
///
/// From an experience's body, these forms count (a `#fragment` or `?query` is ignored):
/// - `/experiences/<slug>/`, with or without the final slash or `index.html`, also behind the site's
///   `base_url` (`https://you.example.com/experiences/<slug>/`) or its path (`/repo/experiences/<slug>/`);
/// - `../<slug>/`, `../<slug>` or `../<slug>/index.html`: relative from one experience page to another;
/// - `<slug>.md`, `./<slug>.md` or `../experiences/<slug>.md`: the source file, as editors link files.
/// From `content/about.md` (the home page) also `experiences/<slug>/` and `experiences/<slug>.md`.
/// Any other link (another scheme or host, a fragment alone, a deeper relative path) is not checked.
public enum InternalLink {
  /// Where a body is shown, which decides what a relative link means.
  public enum Page: Sendable {
    case experience
    case home
  }

  /// The slug an internal link names, or nil when `url` is not an internal link to an experience.
  public static func slug(of url: String, baseURL: String, on page: Page) -> String? {
    var path = Substring(url.trimmingCharacters(in: .whitespaces))
    if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = path[..<cut] }
    guard !path.isEmpty else { return nil }
    let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    if base.contains("://"), path.hasPrefix(base) {
      path = "/" + path.dropFirst(base.count)
    } else if path.contains(":") {
      return nil
    }
    if let basePath = sitePath(of: base), basePath != "/", path.hasPrefix(basePath) {
      path = "/" + path.dropFirst(basePath.count)
    }

    var rest: Substring
    if path.hasPrefix("/experiences/") {
      rest = path.dropFirst("/experiences/".count)
    } else if page == .experience, path.hasPrefix("../experiences/"), path.hasSuffix(".md") {
      rest = path.dropFirst("../experiences/".count)
    } else if page == .experience, path.hasPrefix("../") {
      rest = path.dropFirst(3)
    } else if page == .home, path.hasPrefix("experiences/") || path.hasPrefix("./experiences/") {
      rest = path.drop { $0 == "." || $0 == "/" }.dropFirst("experiences/".count)
    } else if page == .experience, path.hasSuffix(".md"), !path.hasPrefix("/") {
      rest = path.hasPrefix("./") ? path.dropFirst(2) : path
    } else {
      return nil
    }

    if rest.hasSuffix("/index.html") { rest = rest.dropLast("/index.html".count) }
    if rest.hasSuffix(".md") { rest = rest.dropLast(3) }
    if rest.hasSuffix("/") { rest = rest.dropLast() }
    guard !rest.isEmpty, !rest.contains("/"), rest != ".", rest != ".." else { return nil }
    return String(rest)
  }

  /// The path part of an absolute base URL (`https://u.github.io/repo/` → `/repo/`), or the base itself.
  private static func sitePath(of base: String) -> String? {
    guard let scheme = base.range(of: "://") else { return base.hasPrefix("/") ? base : nil }
    let afterHost = base[scheme.upperBound...]
    guard let slash = afterHost.firstIndex(of: "/") else { return "/" }
    return String(afterHost[slash...])
  }
}
