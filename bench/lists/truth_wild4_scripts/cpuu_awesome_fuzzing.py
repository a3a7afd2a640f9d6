"""Wild4 truth for cpuu/awesome-fuzzing README.md (commit e7693a0): an awesome list on fuzzing for
security testing.

Shape: '## Books', '## Talks', '## Papers', '## Tools', '## Contribute'.  Under '## Papers' four
venue sections (NDSS, IEEE S&P, USENIX Security, ACM CCS), each a run of collapsible cards
'<details><summary>2025 (10 papers)</summary>' ... '</details>' holding one bullet per paper,
'- [Title, YEAR](url)' (the year is inside the link text), then '### ArXiv (...)' and
'### The others' with the same bullets outside cards.

Entries:
  * every '- [Title, YEAR](url)' bullet of '## Papers' (lines 35-583): 284; the cards' counts
    ('(N papers)') add up to 262, plus 15 arXiv and 7 others (asserted);
  * in '## Books' the one survey paper, 'The Art, Science, and Engineering of Fuzzing: A Survey'
    (line 23, the list itself notes 'Actually, this document is a paper'); the other six are books
    or a course repository (Fuzzing-101), not entries.
'## Talks' (YouTube talks) and '## Tools' (GitHub repositories) hold no entries.  285 in all.

Title = the link text without its final ', YEAR' (the Books survey has its year after the link);
written spacing is kept ('WINNIE : Fuzzing ...', 'Pangolin:Incremental ...',
'MTF-Storm:a high ...').  Ids from the link: arXiv abs/pdf links, 'doi.org/10.1109/...' links,
ACM 'dl.acm.org/doi/...' links give ids; 'dl.acm.org/citation.cfm?id=' links, IEEE Xplore
'document/NNN', computer.org CSDL and PDF links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "cpuu__awesome-fuzzing__README@e7693a0.md"
PART = "wild4_development"
BULLET = re.compile(r"- \[(.+), (\d{4})\]\((https?://[^)\s]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers_at = lines.index("## Papers") + 1
    tools_at = lines.index("## Tools") + 1
    assert (papers_at, tools_at) == (35, 584)
    papers = []
    # the one paper in '## Books'
    assert lines[22].startswith("- [The Art, Science, and Engineering of Fuzzing: A Survey](https://ieeexplore")
    papers.append(entry(lines, 23, 23, "The Art, Science, and Engineering of Fuzzing: A Survey"))
    summary_total = 0
    section = None
    per_section = {}
    for i in range(papers_at + 1, tools_at):
        text = lines[i - 1]
        if text.startswith("### "):
            section = text[4:]
            continue
        s = re.fullmatch(r"<details><summary>(\d{4}(?:-\d{4})?) \((\d+) papers?\)</summary>", text)
        if s:
            summary_total += int(s.group(2))
            continue
        m = BULLET.fullmatch(text)
        if m:
            p = entry(lines, i, i, " ".join(m.group(1).split()))
            papers.append(p)
            per_section[section] = per_section.get(section, 0) + 1
            if "-v" in sys.argv:
                print(i, p["title"], p["arxiv"], p["doi"], sep=" | ")
            continue
        assert text in ("", "</details>") or i in (36, 38), (i, text)
    assert summary_total == 262
    assert per_section["ArXiv (Fuzzing with Artificial Intelligence & Machine Learning)"] == 15
    assert per_section["The others"] == 7
    assert len(papers) == 1 + 284, len(papers)
    # no paper bullets outside Papers apart from the Books survey
    for i, text in enumerate(lines, 1):
        if not papers_at <= i < tools_at:
            assert not BULLET.fullmatch(text), i
    write_truth(
        NAME, PART, papers,
        "every '- [Title, YEAR](url)' bullet of '## Papers' (in the per-venue <details> year cards, the arXiv and"
        " 'others' lists) is an entry, title = link text without ', YEAR'; plus the one survey paper listed under"
        " Books; books, talks and tool repositories are not entries",
        "284 bullets = the cards' '(N papers)' counts (262) + 15 arXiv + 7 others (asserted); every other line"
        " in Papers is blank, a card tag, heading or the 2 intro paragraphs (asserted); no such bullet outside"
        " Papers (asserted); Books/Talks/Tools read by eye; titles printed with -v, first and last bullet of"
        " each venue and ~20 others compared with the file, plus the spacing oddities (WINNIE :, QSYM :,"
        " Pangolin:Incremental, MTF-Storm:a) and all DOI/arXiv-bearing links",
    )


if __name__ == "__main__":
    main()
