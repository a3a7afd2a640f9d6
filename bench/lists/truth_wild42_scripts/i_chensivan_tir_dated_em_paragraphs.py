"""Wild42 truth for chensivan/TIR README.md: an HCI researcher's reading log (human-AI interaction, program
synthesis, programming tools, CSCW, computing education), each read paper with a link to the reader's notes.

Shape: "# What is in this repository?" with an intro paragraph (1-3) and an HTML comment (5-7); "# Reading list" (9)
with four plain paragraphs: a grant proposal (11), a paper (13), a blog post by title and URL (15) and a bare
magazine URL (17); then "# Notes of papers and articles I read" (19) with one paragraph per read paper, newest
first, separated by blank lines:
    <em>(2022-2-26)</em> Title. Author, Author, et al. VENUE Year. [Notes](notes/x/x.md)
- one paragraph wraps its "[Notes]" link onto the next line (27-28);
- one is author-first: "Austin, et al. Program synthesis with large language models arXiv:2108.07732 (2021)." (25);
- one title has no closing period before the authors ("... explainable AI systems Buçinca, Zana, et a. IUI, 2020.",
  38) and one has no space after it ("Program synthesis using natural language.Desai, Aditya, ...", 50);
- a date has a stray space ("(2022-2-25 )", 36); typos kept as written ("GJain" 30, "et a." 38);
- the last record (60) is an HTML comment holding an older copy of record 38 (Bucinca et al., IUI 2020).

Decisions:
- Entries (20): the 19 dated paragraphs (conference, journal, workshop and arXiv papers, the CACM viewpoint "PL and
  HCI: Better together" 44 and the ACM Interactions article "Human-AI interaction: intermittent, continuous, and
  proactive" 21, magazine articles kept as articles) and the Polyjuice paper (13) under "# Reading list".
  Not entries: the NSF CAREER proposal (11, a grant proposal, not a published paper or report), Sam Altman's
  essay "Moore's Law for Everything" (15, a blog post), the bare nautil.us URL (17, a magazine piece, no title),
  and the commented-out record (60), which does not render.
- Span: the paragraph's lines (27-28 for the wrapped one, else one line).
- Title: the text after the "<em>(date)</em>" prefix up to the first "." followed by a space or a capital letter;
  for 25 the text between "Austin, et al. " and " arXiv:"; for 38 the text before " Buçinca".  "?" inside titles
  is kept ("Better Together? An Evaluation ...", "Are visual explanations useful? a case study ...").
- Ids: the "arXiv:" ids written in 25, 27 and 36; no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "chensivan__TIR__README@1d10e84.md"
PART = "wild42_development"

DATED = re.compile(r"^<em>\(2022-\d+-\d+ ?\)</em> (.+)$")
TITLE = re.compile(r"^(.+?)\.(?= |[A-Z])")
NOT_PAPERS = {11: "NSF CAREER", 15: "Moore's Law", 17: "https://nautil.us/"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = lines.index("# Notes of papers and articles I read") + 2
    assert start == 20, start
    assert lines[12].startswith("Polyjuice: Generating Counterfactuals")
    papers.append(entry(lines, 13, 13, TITLE.match(lines[12]).group(1)))
    for n, text in NOT_PAPERS.items():
        assert lines[n - 1].startswith(text), (n, lines[n - 1])
    n = start
    while n <= len(lines):
        ln = lines[n - 1]
        m = DATED.match(ln)
        if not m:
            assert not ln.strip() or (n == 60 and ln.startswith("<!-- <em>(Feb 13th, 2022)</em> Proxy")), (n, ln)
            n += 1
            continue
        last = n
        if "[Notes](" not in ln:
            last = n + 1
            assert lines[last - 1].startswith("[Notes]("), (last, lines[last - 1])
        text = m.group(1)
        if n == 25:
            title = re.match(r"Austin, et al\. (.+?) arXiv:", text).group(1)
        elif n == 38:
            title = text[: text.index(" Buçinca")]
        else:
            title = TITLE.match(text).group(1)
        papers.append(entry(lines, n, last, title))
        n = last + 1
    assert sum(1 for p in papers if p["arxiv"]) == 3
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '<em>(date)</em> Title. Authors. Venue. [Notes](..)' paragraph (19, one wrapped over two lines) and the"
        " Polyjuice paragraph of the reading list are papers (20); the NSF CAREER proposal, a blog post, a bare"
        " magazine URL and an HTML-commented record are not; title = the text after the date up to the first '.'"
        " followed by a space or capital (author-first 25 and period-less 38 handled by hand); ids from 'arXiv:' text.",
        "Script asserts every non-blank line after the notes heading is a dated record, a wrapped '[Notes]' line or"
        " the commented record 60, and 3 arXiv ids; all 24 paragraphs read and classified by hand; -v output"
        " compared by eye with the file for all 20 entries, in particular the wrapped 27-28, the author-first 25, the"
        " period-less 38, the no-space 50, the '?' titles 23 and 36, the stray-space date 36 and the magazine"
        " articles 21 and 44.",
    )


if __name__ == "__main__":
    main()
