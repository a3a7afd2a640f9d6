"""Wild40 truth for chanmuzi/NLP-Paper-News README.md: a Korean weekly curation of AI/NLP papers,
developer posts and news (February to the first week of May 2024), each item an English title with a
Korean summary underneath.

Taken from commit 4ef14a7 (2024-05-01), not the newest: the README grew until late 2025 (697 KB at
becd2dd, 2025-12-06, over the 400 KB limit) and the newest commit (acb8fa9 onwards, 2026) empties it to
a 2.6 KB pointer to a web site, so the list only exists in older commits; 4ef14a7 is the first May 2024
snapshot (74 KB, 550 lines, no final newline after the last "</details>").

Shape: a legend (1-3: "📜: Paper link", "🧑🏻‍💻: Developer blog & Github link", "🗞️: News"), "---",
"# 2024", then "## <emoji> February/March/April/May" month headings, each with one
"<details><summary>Nth week</summary> ... </details>" card per week (15 cards).  Inside a card every
record is a top-level bullet "- <kind emoji>[NBSP or space]" + zero or more "[Org]" tags in plain
brackets (e.g. "[Google DeepMind & Research]", "[EACL 2024]", "[KAIST]"), sometimes a decorative
emoji ("🐳", "🦁", "🧞"), then one Markdown link "[Title](url)"; under it zero to two indented
"    - " (or two-space "  - ") sub-bullets with a Korean summary, a few holding links of their own
(a leaderboard, GitHub or Hugging Face pages).  The kind emoji is the list's own classification:
153 "📜" records, 73 "🧑🏻‍💻" and 17 "🗞️".
Entry = every "📜" record (147 link arXiv; 6 do not: the Claude 3 model-card PDF (198), an ACL
Anthology paper (261), an OpenReview paper (265), Anthropic's "Many-shot jailbreaking" research page
(356), the CodeGemma report PDF (424) and the Stanford "2024 AI Index Report" (483) -- reports and
papers, all kept) plus the three "🧑🏻‍💻" records whose own link is a paper page: 226 (an arXiv
paper filed as a developer post), 76 ("Aria Everyday Activities Dataset", a Hugging Face paper page
whose title is the paper's) and 41 ("V-JEPA", linking Meta's publication page of "Revisiting Feature
Prediction for Learning Visual Representations from Video"; the record names only the model's
nickname, so its title is null).  The other 🧑🏻‍💻 and 🗞️ records (blogs, model releases, courses,
videos, repositories, datasets, leaderboards, project pages, news) are not entries.
Lines = the bullet through its last indented sub-bullet.  Title = the link text of the record's
link as written, the plain-bracket [Org]/venue tags and decorative emoji before it dropped.  Ids from
the record's own lines (the arXiv link, one of them '/abs/2402.17177v2'; no DOIs; the Hugging Face
paper page of 76 gives no arXiv id under the truth format's rule, so 148 of 156 have one).
156 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "chanmuzi__NLP-Paper-News__README@4ef14a7.md"
PART = "wild40_development"

ITEM = re.compile(r"^- (📜|🧑🏻\u200d💻|🗞️)[\s\u00a0]*(.*)$")
SUB = re.compile(r"^\s+- ")
# tags in plain brackets (no link after them) and decorative emoji before the title link
PREFIX = re.compile(r"^((?:\[[^\]]*\]\s*|<[^>]*>\s*|[^\[\w<]\s*)*)\[(.+?)\]\((\S+?)\)")
PAPER_DEV = {226: "title", 76: "title", 41: None}
NON_ARXIV_PAPERS = {198, 261, 265, 356, 424, 483}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    kinds = {"📜": 0, "🧑🏻\u200d💻": 0, "🗞️": 0}
    non_arxiv = set()
    for n, text in enumerate(lines, 1):
        m = ITEM.match(text)
        if not m:
            continue
        kind, rest = m.group(1), m.group(2)
        kinds[kind] += 1
        last = n
        while last < len(lines) and SUB.match(lines[last]):
            last += 1
        if kind != "📜" and n not in PAPER_DEV:
            continue
        t = PREFIX.match(rest)
        assert t, (n, rest)
        title, url = t.group(2), t.group(3)
        if "arxiv.org" not in url and "huggingface.co/papers" not in url:
            non_arxiv.add(n)
        if n in PAPER_DEV and PAPER_DEV[n] is None:
            title = None
        papers.append(entry(lines, n, last, title))

    assert kinds == {"📜": 153, "🧑🏻\u200d💻": 73, "🗞️": 17}, kinds
    assert non_arxiv == NON_ARXIV_PAPERS | {41}, sorted(non_arxiv)
    assert len(papers) == 156, len(papers)
    write_truth(
        NAME, PART, papers,
        "Every top-level '- 📜 [Org] [Title](url)' record (153, the list's 'Paper link' kind; six of them a model "
        "card, report or non-arXiv paper, kept) plus the three '🧑🏻‍💻' records whose own link is a paper page "
        "(226 arXiv, 76 Hugging Face paper page, 41 Meta publication page named only 'V-JEPA', title null) is an "
        "entry, from the bullet to its last indented Korean summary sub-bullet; other 🧑🏻‍💻 and 🗞️ records (blogs, "
        "releases, courses, videos, repos, datasets, news) are not; title = the link text, plain-bracket [Org]/venue "
        "tags and decorative emoji before it dropped.",
        "Listed every top-level bullet by kind (153 📜 / 73 🧑🏻‍💻 / 17 🗞️, asserted) and read the links of all 90 "
        "🧑🏻‍💻/🗞️ records to pick the three whose own link is a paper page (41, 76, 226); read the six non-arXiv 📜 "
        "records (198, 261, 265, 356, 424, 483); compared the -v output with the file for the first and last entry of "
        "all 15 <details> cards, 20 random entries and the special cases (two-space sub-bullet 48-49, two sub-bullets "
        "97-99, decorative emoji before the title 116 and 183, tags like [EACL 2024] 261 and [Meta, Mila, McGil, "
        "Montreal] 313, the repeated 'The Unreasonable Ineffectiveness of the Deeper Layers' 309/340, last entry 548-549 "
        "before the unterminated '</details>'); every title occurs on its bullet line and no entry stops before a "
        "sub-bullet.",
    )


if __name__ == "__main__":
    main()
