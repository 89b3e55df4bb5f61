import Foundation
import Testing

@testable import VitaSite

@Suite struct LinkCheckTests {
  func site(_ pages: [String: String]) -> OutputFiles {
    var files = OutputFiles()
    for (path, html) in pages { files.write(html, to: path) }
    files.write("body{}", to: "assets/style.css")
    return files
  }

  @Test func relativeAbsoluteAndBaseURLLinksToExistingFilesPass() {
    let files = site([
      "index.html": #"<a href="cv/">CV</a> <a href="experiences/a/#story">A</a> <link href="assets/style.css">"#,
      "cv/index.html":
        #"<a href="../">home</a> <a href="/repo/cv/">self</a> <a href="https://u.github.io/repo/">x</a>"#,
      "experiences/a/index.html":
        ##"<h2 id="story">S</h2><a href="../../cv/index.html">cv</a><a href="#story">up</a>"##,
    ])
    let check = LinkCheck(files: files, baseURL: "https://u.github.io/repo/")
    #expect(check.brokenLinks().isEmpty)
    #expect(check.links().count == 8)
  }

  @Test func missingFilesMissingFragmentsAndClimbsAreBroken() {
    let files = site([
      "index.html": """
      <a href="nowhere/">a</a>
      <img src="photo.jpg" alt="">
      <a href="cv/#skills">b</a>
      <a href="../secret">c</a>
      <a href="/other/">d</a>
      """,
      "cv/index.html": "<h1 id='top'>CV</h1>",
    ])
    let broken = LinkCheck(files: files, baseURL: "https://u.github.io/repo/").brokenLinks()
    #expect(broken.map(\.link.target) == ["nowhere/", "photo.jpg", "cv/#skills", "../secret", "/other/"])
    #expect(broken.map(\.link.line) == [1, 2, 3, 4, 5])
    #expect(broken[2].reason.contains("no element with id \"skills\""))
  }

  @Test func otherSchemesAreNotCheckedAndHTTPLinksAreExternal() {
    let files = site([
      "index.html": """
      <a href="mailto:a@b.c">m</a><a href="tel:+62">t</a><a href="https://github.com/x?a=1&amp;b=2">g</a>
      <a href="//cdn.example.com/x.js">c</a><a href="https://github.com/x?a=1&amp;b=2">again</a>
      """
    ])
    let check = LinkCheck(files: files, baseURL: "https://site.example/")
    #expect(check.brokenLinks().isEmpty)
    #expect(check.externalLinks().map(\.url) == ["https://github.com/x?a=1&b=2", "https://cdn.example.com/x.js"])
  }
}
