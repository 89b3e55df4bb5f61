import Foundation
import Testing
import VitaCore
import VitaSite

@testable import VitaServe

/// `vita serve`'s cv.pdf: printed from the build being served, again after an edit.
@Suite struct ServedPDFTests {
  static let config = "title: Budi\nbase_url: https://budi.example.com/\nperson:\n  name: Budi Santoso\n"

  static func experience(_ highlight: String) -> String {
    "---\ntitle: Volunteer Teacher\nkind: volunteer\norganization: Rumah Belajar\nstart: 2024-01\nhighlights:\n  - \(highlight)\n---\nBody.\n"
  }

  /// pdftotext's text of `data`, spaces squeezed.
  func text(ofPDF data: Data) throws -> String {
    let file = NSTemporaryDirectory() + "vita-served-\(UUID().uuidString).pdf"
    defer { try? FileManager.default.removeItem(atPath: file) }
    try data.write(to: URL(fileURLWithPath: file))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["pdftotext", file, "-"]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: text, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test func theCVsPDFFollowsTheCurrentBuild() async throws {
    let root = NSTemporaryDirectory() + "vita-serve-pdf-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: root) }
    let files = [
      "vita.yml": Self.config, "content/experiences/teacher.md": Self.experience("Taught 30 children to read"),
      "content/jobs/tutor.md": "---\ntitle: Tutor\ncompany: Acme\n---\nWe need teaching and reading.\n",
    ]
    for (path, text) in files {
      try FileManager.default.createDirectory(
        atPath: (root + "/" + path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
    }
    let server = DevServer(options: .init(source: root))
    await server.rebuild(baseURL: "http://127.0.0.1:4000/", changed: [], report: { _ in })
    let (first, generation) = try #require(server.live.outputAndGeneration)
    for path in ["cv/cv.pdf", "applications/tutor/cv.pdf"] {
      let answer = server.serve(path, from: first, generation: generation)
      #expect(answer.status == 200, "\(path): \(String(decoding: answer.body, as: UTF8.self))")
      #expect(answer.header("Content-Type") == "application/pdf")
      #expect(try text(ofPDF: answer.body).contains("Taught 30 children to read"), "\(path)")
    }

    try Data(Self.experience("Coached 12 volunteers to teach maths").utf8).write(
      to: URL(fileURLWithPath: root + "/content/experiences/teacher.md"))
    await server.rebuild(
      baseURL: "http://127.0.0.1:4000/", changed: ["content/experiences/teacher.md"], report: { _ in })
    let (second, next) = try #require(server.live.outputAndGeneration)
    #expect(next != generation)
    for path in ["cv/cv.pdf", "applications/tutor/cv.pdf"] {
      let answer = server.serve(path, from: second, generation: next)
      let text = try text(ofPDF: answer.body)
      #expect(text.contains("Coached 12 volunteers to teach maths"), "\(path): \(text)")
      #expect(!text.contains("Taught 30 children"), "\(path)")
    }
    // A path that is no CV's PDF is not printed.
    #expect(server.serve("experiences/teacher/cv.pdf", from: second, generation: next).status == 404)
  }
}
