import Foundation
import VitaCore

/// The browser's side of live reload: a script every served page runs, and the events it hears.
public enum LiveReload {
  /// Where pages listen for server-sent events; outside any path a site can have.
  public static let eventsPath = "/_vita/events"

  /// Reloads the page after a good build, and shows a build's errors in a fixed box over it.
  public static let script = """
    (function () {
      if (!window.EventSource) return;
      var events = new EventSource("\(eventsPath)"), connected = false;
      events.addEventListener("hello", function () { if (connected) location.reload(); connected = true; });
      events.addEventListener("reload", function () { location.reload(); });
      events.addEventListener("build-error", function (event) {
        var found = JSON.parse(event.data), box = document.getElementById("vita-errors");
        if (!box) {
          box = document.createElement("div");
          box.id = "vita-errors";
          box.setAttribute("role", "alert");
          box.style.cssText = "position:fixed;left:1rem;right:1rem;bottom:1rem;max-height:60vh;overflow:auto;" +
            "z-index:2147483647;background:#3b0d0d;color:#fff;font:14px/1.5 ui-monospace,monospace;" +
            "padding:1rem 1.25rem;border-radius:8px;box-shadow:0 4px 24px rgba(0,0,0,.45);white-space:pre-wrap";
          document.body.appendChild(box);
        }
        box.textContent = "Vita: the last change does not build; this is the last good build.\\n\\n" +
          found.map(function (d) {
            return d.file + ":" + d.line + ":" + d.column + ": " + d.severity + ": " + d.message;
          }).join("\\n");
      });
    })();
    """

  /// One server-sent event: `event: NAME` and its data, one `data:` line per line.
  public static func event(_ name: String, data: String) -> Data {
    var text = "event: \(name)\n"
    for line in data.split(separator: "\n", omittingEmptySubsequences: false) { text += "data: \(line)\n" }
    return Data((text + "\n").utf8)
  }

  /// The `build-error` event: the build's errors as the JSON that `vita check --format json` prints.
  public static func errorEvent(_ diagnostics: [Diagnostic]) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let json = (try? encoder.encode(diagnostics)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    return event("build-error", data: json)
  }
}
