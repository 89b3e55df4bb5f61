/// The files of a new site, as `vita init` writes them: one commented example of every kind.
///
/// Kept in Swift so that an installed `vita` needs no resource lookup. The site builds at once
/// and passes `vita check --strict`, which the publishing workflow runs.
public enum StarterSite {
  /// Every file of the starter site, by path relative to the site folder, in the order written.
  public static let files: [(path: String, text: String)] =
    [
      ("vita.yml", config),
      ("content/about.md", about),
      ("content/jobs/example-junior-data-analyst.md", job),
      (".github/workflows/publish.yml", githubWorkflow),
      (
        ".gitignore",
        "# What `vita build` writes; GitHub Actions builds it again.\n/public/\n/applications/\n"
          + "# The hidden folders of a build that was stopped; the next build removes them.\n.*.vita-new-*/\n.*.vita-old-*/\n"
          + "# A job search is private: postings (with their status and notes) and letters stay out of the\n"
          + "# repository. Delete these two lines to keep them in a private one (Vita's docs/publishing.md).\n"
          + "/content/jobs/\n/content/letters/\n"
      ),
    ] + experiences.map { ("content/experiences/\($0.slug).md", $0.text) }

  static let config = """
    # The site and the person. Every key is described in Vita's docs/format.md.
    title: Ayu Lestari                        # the site's name, in the browser tab
    base_url: https://ayu.example.com/        # where it is published; `vita build --base-url` overrides it
    language: en                              # en or id: headings, dates and the review's word lists
    person:
      name: Ayu Lestari                       # replace the example person with yourself
      headline: Data analyst in the making
      location: Surabaya, Indonesia
      email: ayu@example.com
      phone: "+62 812 0000 0000"
      links:
        - {label: GitHub, url: https://github.com/ayu-example}
      summary: >-
        Final-year statistics student who turns messy data into decisions, with
        an internship, a datathon award and a dozen projects to show for it.
      private: [phone]                        # shown in tailored CVs (applications/) only, never on the site
    goals: [data analyst, business intelligence]   # what the record should lead to
    skills:                                   # optional groups; every skill also links to its evidence
      - {name: Data, keywords: [SQL, Python, Tableau, statistics]}
      - {name: People, keywords: [teamwork, public speaking, teaching]}
    languages:
      - {language: Indonesian, fluency: Native}
      - {language: English, fluency: Professional}

    """

  static let about = """
    I'm Ayu, a statistics student in Surabaya. This file is the longer story on the
    home page: who you are, what you are looking for, and what every page of this
    site proves. Replace it with your own, in Markdown.

    Start with `vita serve`: it rebuilds and reloads the browser on every save.

    """

  static let job = """
    ---
    # A job posting you target: `vita build` writes a tailored CV for it into applications/,
    # never into the published site. Paste the posting's text below the front matter.
    title: Junior Data Analyst
    company: Example Corp
    url: https://example.com/jobs/42
    keywords: [SQL, dashboards]               # optional: added to the terms found in the text
    must_have: [SQL]                          # optional: weighted highest; a missing one is flagged
    publish: false                            # true also publishes a noindex link to send
    ---
    We are looking for a Junior Data Analyst who writes SQL, builds Tableau
    dashboards, cleans data in Python and presents findings to stakeholders.

    """

  static let githubWorkflow = """
    # Publishes the site to GitHub Pages on every push to main.
    # In the repository's Settings → Pages, set Source to "GitHub Actions".
    name: Publish

    on:
      push:
        branches: [main]
      workflow_dispatch:

    permissions:
      contents: read
      pages: write
      id-token: write

    concurrency:
      group: pages
      cancel-in-progress: false

    env:
      VITA_REPOSITORY: https://github.com/vita-cv/vita   # where Vita's source lives; change to your fork
      VITA_REF: main                                     # a branch or a tag

    jobs:
      build:
        runs-on: ubuntu-24.04
        # The official Swift image: Swift is preinstalled, apt-get runs as root.
        container: swift:6.3-noble
        steps:
          - uses: actions/checkout@v4
          - name: Install Vita's dependencies
            run: |
              apt-get update
              apt-get install -y --no-install-recommends git make pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev libxml2-dev
          - name: Build and install Vita
            run: |
              git clone --depth 1 --branch "$VITA_REF" "$VITA_REPOSITORY" /tmp/vita
              make -C /tmp/vita install PREFIX=/usr/local
          - id: pages
            uses: actions/configure-pages@v5
          - name: Check the content
            run: vita check --strict
          - name: Build the site
            run: vita build --base-url "${{ steps.pages.outputs.base_url }}/"
          - uses: actions/upload-pages-artifact@v3
            with:
              path: public

      deploy:
        needs: build
        runs-on: ubuntu-24.04
        environment:
          name: github-pages
          url: ${{ steps.deployment.outputs.page_url }}
        steps:
          - id: deployment
            uses: actions/deploy-pages@v4

    """

  /// One example of every kind, each with comments on what that kind needs.
  static let experiences: [(slug: String, text: String)] = [
    (
      "data-analyst-pt-contoh",
      """
      ---
      # kind: job — a formal, paid position. Work Experience on the CV.
      title: Junior Data Analyst                # your role
      kind: job
      organization: PT Contoh Niaga             # required for every kind but project and course
      location: Surabaya
      start: 2025-09                            # YYYY, YYYY-MM or YYYY-MM-DD
      end: present                              # or leave it out while it goes on
      skills: [SQL, Tableau, statistics]
      highlights:                               # results, not tasks: start with a verb, add a number
        - Built 6 Tableau dashboards that 40 store managers open every week
        - Cut the monthly sales report from 3 days to 4 hours by moving it to SQL
      ---
      The story for this experience's own page, in Markdown: the problem, what you did, what changed.

      """
    ),
    (
      "data-intern-example",
      """
      ---
      # kind: internship — Work Experience on the CV. Say whether your curriculum required it.
      title: Data Analyst Intern
      kind: internship
      organization: PT Data Contoh
      location: Jakarta (remote)
      start: 2025-06
      end: 2025-08
      mandatory: true                           # true where a curriculum or an employer required it
      hours: 480                                # optional: the effort, summed on the home page
      skills: [SQL, Python]
      highlights:
        - Automated 4 weekly Excel reports with Python, saving 5 hours of work a week
      featured: true                            # on the home page; give it a STAR story for interviews
      star:
        situation: The marketing team copied numbers from 5 exports into slides every Monday.
        task: Give them one trusted weekly report within my 12-week internship.
        action: I wrote SQL views, checked them against the old numbers and scheduled a Python job.
        result: The report now builds itself, and the team saves 5 hours every week.
      reflection: Ask for data access in week one.   # never published anywhere
      ---
      What the internship was about, in a few paragraphs. Link to another experience by its file:
      [the datathon](datathon-surabaya-2024.md).

      """
    ),
    (
      "freelance-web-developer",
      """
      ---
      # kind: freelance — your own clients. Work Experience on the CV.
      title: Freelance Web Developer
      kind: freelance
      organization: Self-employed               # or the client's name
      start: 2024-01
      skills: [JavaScript, teamwork]
      highlights:
        - Delivered 5 websites for small businesses, each live within 3 weeks
      ---
      Who the clients were and what they needed.

      """
    ),
    (
      "barista-part-time",
      """
      ---
      # kind: part-time — a job beside your studies. Work Experience on the CV.
      title: Barista
      kind: part-time
      organization: Kopi Pagi
      start: 2023-02
      end: 2024-06
      visibility: cv-only                       # on CVs, but no page and not on the home page
      skills: [teamwork]
      highlights:
        - Trained 4 new baristas in their first month
      ---
      Not every experience needs a page: cv-only keeps it off the site.

      """
    ),
    (
      "warung-sales-dashboard",
      """
      ---
      # kind: project — your own initiative; no organization needed. Projects on the CV.
      title: Sales dashboard for a family warung
      kind: project
      start: 2024-03
      end: 2024-05
      hours: 60
      skills: [Python, Tableau]
      highlights:
        - Created a dashboard that showed which 10 products made 70% of the profit
      links:
        - {label: Source code, url: https://github.com/ayu-example/warung-dashboard}
      ---
      What you built, why, and what you learned. Images need alt text: `![A chart](chart.png)`.

      """
    ),
    (
      "reading-volunteer",
      """
      ---
      # kind: volunteer — unpaid work for a cause. Volunteer Activities on the CV.
      title: Reading Volunteer
      kind: volunteer
      organization: Rumah Baca Surabaya
      start: 2023-08
      end: 2024-08
      hours: 100
      skills: [teaching]
      highlights:
        - Taught 30 children to read in 6 months of Saturday classes
      ---
      Why you went, and what changed for the people you helped.

      """
    ),
    (
      "statistics-club",
      """
      ---
      # kind: organization — student societies and communities. Leadership & Activities on the CV.
      title: Head of Events
      kind: organization
      organization: Statistics Student Society
      start: 2023-09
      end: 2024-09
      skills: [public speaking, teamwork]
      highlights:
        - Led a team of 8 that ran 4 workshops for 200 members
      ---
      What the group does and what you led.

      """
    ),
    (
      "datathon-surabaya-2024",
      """
      ---
      # kind: competition — case studies, hackathons, olympiads. Awards & Competitions on the CV.
      title: 2nd place, Surabaya Datathon 2024
      kind: competition
      organization: Surabaya Data Community     # who held it
      start: 2024-10-12
      end: 2024-10-13
      skills: [Python, statistics, teamwork]
      highlights:
        - Won 2nd place among 45 teams with a churn model that scored 0.87 AUC
      ---
      The challenge, your team's approach and the result.

      """
    ),
    (
      "sql-for-data-analysis",
      """
      ---
      # kind: course — an online or evening course; no organization needed. Professional Development.
      title: SQL for Data Analysis
      kind: course
      organization: Example Academy             # optional for a course
      start: 2023-05
      end: 2023-07
      hours: 30
      skills: [SQL]
      highlights:
        - Completed 12 graded exercises on a database of 1 million orders
      ---
      What the course covered and what you built with it.

      """
    ),
    (
      "data-science-bootcamp",
      """
      ---
      # kind: bootcamp — intensive, full-time training. Professional Development on the CV.
      title: Data Science Bootcamp
      kind: bootcamp
      organization: Example Bootcamp
      start: 2024-07
      end: 2024-08
      hours: 240
      skills: [Python, statistics]
      highlights:
        - Completed a capstone forecast that cut a shop's stock-outs by 20% in a pilot
      ---
      The programme, the capstone and what you took from it.

      """
    ),
    (
      "tableau-certification",
      """
      ---
      # kind: certification — an exam with a credential. Certifications on the CV.
      title: Tableau Desktop Specialist
      kind: certification
      organization: Tableau                     # who issued it
      start: 2024-11
      skills: [Tableau]
      highlights:
        - Passed the exam with a score of 85%
      links:
        - {label: Credential, url: https://example.com/verify/123}
      ---
      Link the credential so that a recruiter can check it.

      """
    ),
    (
      "bachelor-statistics",
      """
      ---
      # kind: education — degrees and schools. Education on the CV; degree, area and score only here.
      title: Bachelor of Statistics
      kind: education
      organization: Universitas Contoh
      location: Surabaya
      start: 2022-08
      end: present
      degree: Bachelor of Science
      area: Statistics
      score: "3.60/4.00"
      skills: [statistics, SQL]
      highlights:
        - Ranked in the top 10% of a cohort of 180, with a GPA of 3.60/4.00
      ---
      Relevant coursework and your thesis.

      """
    ),
  ]
}
