import Foundation
import Testing

/// `vita jobs`: the tracker in the terminal, from each posting's status and dates.
@Suite struct JobsCommandTests {
  static let config = "title: T\nperson: {name: Tri}\n"
  static let experience = "---\ntitle: Analyst\nkind: job\norganization: O\nstart: 2024-01\nskills: [SQL]\n---\n"

  static func posting(_ front: String) -> String {
    "---\ntitle: Analyst\ncompany: Acme\n\(front)\n---\nWe need SQL.\n"
  }

  static let files = [
    "vita.yml": config, "content/experiences/analyst.md": experience,
    "content/jobs/a-soon.md": posting("status: saved\ndeadline: 2026-06-20"),
    "content/jobs/b-follow-up.md": posting("status: applied\napplied: 2026-05-01\nnotes: call Tuesday"),
    "content/jobs/c-interview.md": posting("status: interview\ninterview: 2026-06-18 10:00\ncontact: Dewi"),
    "content/jobs/d-rejected.md": posting("status: rejected\napplied: 2026-04-01"),
    "content/jobs/e-new.md": posting("url: https://example.com/e"),
  ]

  @Test func jsonListsEveryPostingWithItsPlace() throws {
    let site = try makeSiteFolder(Self.files)
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["jobs", "--source", site, "--today", "2026-06-15", "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(rows.map { $0["slug"] as? String } == ["a-soon", "e-new", "b-follow-up", "c-interview", "d-rejected"])
    let bySlug = Dictionary(uniqueKeysWithValues: rows.map { ($0["slug"] as! String, $0) })
    #expect(bySlug["a-soon"]?["days_to_deadline"] as? Int == 5)
    #expect(bySlug["a-soon"]?["needs_attention"] as? Bool == true)
    #expect(bySlug["b-follow-up"]?["follow_up_due"] as? Bool == true)
    #expect(bySlug["b-follow-up"]?["notes"] as? String == "call Tuesday")
    #expect(bySlug["c-interview"]?["interview"] as? String == "2026-06-18 10:00")
    #expect(bySlug["e-new"]?["status"] as? String == "saved")
    #expect(bySlug["d-rejected"]?["needs_attention"] as? Bool == false)
  }

  @Test func textPutsWhatToActOnFirst() throws {
    let site = try makeSiteFolder(Self.files)
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["jobs", "--source", site, "--today", "2026-06-15"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "Act now:")
    #expect(lines[1].contains("follow up: applied 45 days ago"))
    #expect(lines[2].contains("deadline in 5 days"))
    #expect(run.stdout.contains("Notes: call Tuesday"))
  }

  @Test(
    "a wrong status or interview names the key and the fix",
    arguments: [
      ("status: aplied", "'status' must be one of saved, applied, interview, offer, rejected, withdrawn", "applied"),
      ("interview: next Tuesday", "YYYY-MM-DD HH:MM", "2026-12-10 14:00"),
      ("deadline: 2026-13-01", "'deadline' must be a real day", "YYYY-MM-DD"),
    ])
  func aWrongValueIsAContentError(front: String, message: String, fix: String) throws {
    var files = Self.files
    files["content/jobs/z-broken.md"] = Self.posting(front)
    let site = try makeSiteFolder(files)
    defer { try? FileManager.default.removeItem(atPath: site) }
    let run = try vita(["check", "--source", site])
    #expect(run.status == 1)
    let output = run.stdout + run.stderr
    #expect(output.contains("content/jobs/z-broken.md:4:"), "\(output)")
    #expect(output.contains(message) && output.contains(fix), "\(output)")
  }
}
