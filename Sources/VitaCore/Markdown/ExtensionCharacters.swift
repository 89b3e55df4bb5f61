import CCmarkGFM
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The characters that start an extension's inline syntax (`~` for strikethrough, `:` and `w` for
/// autolinks), which cmark-gfm 0.29 keeps in one table for the whole process.
///
/// The library switches them on before every parser's inline pass and off after it, so two parses at
/// once lose autolinks and strikethrough: the first to finish switches them off under the other.
/// Vita's parsers attach the same extensions or fewer of them, so the characters of all of them can
/// simply stay on: where a parser lacks the extension, its character reads as plain text.
/// Vita defines the function that switches them (below): the dynamic linker finds the executable's
/// definition first, the library's call to it lands here, and here they are switched on once and
/// never off. Where that does not happen (see `stayOn`), parses take turns behind a lock instead
/// (`Markdown.finish`).
enum ExtensionCharacters {
  static let symbol = "cmark_manage_extensions_special_characters"

  private typealias Manage = @convention(c) (OpaquePointer?, Int32) -> Void

  /// The library's own definition: the next one after this program's.
  private static let library: Manage? = {
    // RTLD_NEXT, a macro with a cast that Swift does not import.
    guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: -1), symbol) else { return nil }
    return unsafeBitCast(address, to: Manage.self)
  }()

  /// Whether the library's calls reach `switchExtensionCharacters`, seen on a first parse made here.
  /// A program that does not export the function, or a cmark-gfm that calls its own directly, keeps
  /// the library's switching on and off, and parses then take turns. Every parse asks this before it
  /// finishes, so no other parse runs while the first one is watched.
  static let stayOn: Bool = {
    guard library != nil, let parser = Markdown.parser(options: CMARK_OPT_DEFAULT) else { return false }
    defer { cmark_parser_free(parser) }
    "~~probe~~".withCString { cmark_parser_feed(parser, $0, strlen($0)) }
    guard let document = cmark_parser_finish(parser) else { return false }
    cmark_node_free(document)
    return called.load(ordering: .acquiring)
  }()

  /// Set when the library calls Vita's definition.
  static let called = Atomic<Bool>(false)

  private static let switching = Mutex(())
  private static let switchedOn = Atomic<Bool>(false)

  /// Switches on the characters of every extension Vita uses, the first time only: after that the
  /// table is only read, by every parse at once. Not only the asking parser's: the review's parsers
  /// attach fewer extensions, and a parser meets the characters of one it lacks as plain text.
  static func switchOn() {
    if switchedOn.load(ordering: .acquiring) { return }
    switching.withLock { _ in
      guard !switchedOn.load(ordering: .acquiring), let library,
        let parser = Markdown.parser(options: CMARK_OPT_DEFAULT)
      else { return }
      defer { cmark_parser_free(parser) }
      library(parser, 1)
      switchedOn.store(true, ordering: .releasing)
    }
  }
}

/// cmark-gfm's `cmark_manage_extensions_special_characters(parser, add)`, as Vita wants it: on once
/// for good, never off (see `ExtensionCharacters`).
@_cdecl("cmark_manage_extensions_special_characters")
public func switchExtensionCharacters(_ parser: OpaquePointer?, _ add: Int32) {
  ExtensionCharacters.called.store(true, ordering: .releasing)
  guard add != 0 else { return }
  ExtensionCharacters.switchOn()
}
