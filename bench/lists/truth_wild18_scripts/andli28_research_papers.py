"""Wild18 truth for andli28/Research-Papers README.md: a student's own list of papers on FL, security and
LLMs (few stars, 126 lines).

Shape: '## Topic' / '### Sub-topic' headings, sometimes a '>Model Poisoning' block-quote label, then
'- ' bullets.  A bullet is one of
  '- **(Venue'yy)**: Title [`PDF`](url) [`Github`](url)'        (a bold venue tag before the title)
  '- **Apple**:  Title | [`PDF`](url), ...'                        (a bold company tag)
  '- Title [`PDF`](url)' / '- Title[`PDF`](url) | OSDI 21 🎓'      (no tag)
  '- Yarn: [`PDF`](url)'                                           (only a system's nickname)
and may carry indented '- ' note sub-bullets ('**Attack Model**: ...', 'Also see: ...', summaries),
which belong to the entry (its lines run to the last sub-bullet / continuation line before the next
top-level bullet, blank line or heading).

Entries: every top-level bullet between '## Privacy' and '## Other FL paper lists' whose subject is
one paper: 27.  Title = the text after the bold tag (and its ':') up to the first '[`' link label or
' |' separator.  'Yarn:' and 'Omega:' name only the system (the YARN and Omega papers' PDFs): entries
with title null.  '(Perhaps) Beyond Human Translation: ...' keeps '(Perhaps)', which is part of that
paper's real title.  Not entries: the table of contents, 'In AI, is bigger always better?' (a Nature
news feature, doi 10.1038/d41586-...), 'The Big LLM Architecture Comparison' (a Substack blog post),
the 'Other FL paper lists' bare GitHub URLs and the 'Other Lists' course link.  The Apple bullet
links two PDFs (the second an unnamed Apple report): one entry, ids from its lines (the first
arXiv link).  The 'Hidden Technical Debt' link lacks its closing ')': still an entry.

Count check: 29 top-level bullets in that span (grep), minus the news feature and the blog post =
27 = Privacy 1 + Security 3 + Vertical FL 1 + FL Optimization 5 + big tech 3 + Data Center 4 +
Surveys 2 + LLMs 6 + MLSys 2 (counted by eye per section; the script asserts both counts).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "andli28__Research-Papers__README@bf10b28.md"
PART = "wild18_development"

NOT_PAPERS = ("In AI, is bigger always better?", "The Big LLM Architecture Comparison")
NICKNAMES = {"Yarn", "Omega"}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Privacy ") + 1
    stop = lines.index("## Other FL paper lists") + 1
    papers = []
    bullets = 0
    per_section: dict[str, int] = {}
    section = ""
    i = start
    while i < stop:
        text = lines[i - 1]
        if text.startswith("## "):
            section = text[3:].strip()
        if not text.startswith("- "):
            i += 1
            continue
        bullets += 1
        # the entry's lines: the bullet plus indented sub-bullets / continuation lines
        end = i
        while end < stop - 1:
            nxt = lines[end]
            if nxt.startswith((" ", "\t")) and nxt.strip() or nxt.strip() and not nxt.startswith(("-", "#", ">")):
                end += 1
            else:
                break
        body = text[2:]
        body = re.sub(r"^\*\*[^*]+\*\*:\s*", "", body)  # bold venue / company tag
        title = re.split(r"\s*\[`|\s+\|", body, maxsplit=1)[0].strip()
        if title.startswith(NOT_PAPERS):
            i = end + 1
            continue
        if title.rstrip(":") in NICKNAMES:
            title = None
        papers.append(entry(lines, i, end, title))
        per_section[section] = per_section.get(section, 0) + 1
        i = end + 1
    assert bullets == 29, bullets
    assert per_section == {"Privacy": 1, "Security": 3, "Vertical FL": 1, "FL Optimization": 5,
                           "FL Systems from big tech companies": 3, "Data Center Architecture": 4,
                           "Surveys": 2, "LLMs": 6, "MLSys": 2}, per_section
    assert len(papers) == 27, len(papers)
    write_truth(NAME, PART, papers,
                "every top-level bullet from '## Privacy' to before '## Other FL paper lists' whose subject is a paper;"
                " title = the text after any bold '**tag**:' up to the first '[`label`]' link or ' |'; 'Yarn:' and"
                " 'Omega:' (nickname only) have title null; the Nature news feature and the Substack blog post are"
                " not entries; an entry's lines include its indented note sub-bullets",
                "all 27 entries one by one against the file (titles, line ranges over sub-bullets, arXiv ids incl."
                " the arxiv.org/html links, the Nature news DOI not taken); section counts by eye")


if __name__ == "__main__":
    main()
