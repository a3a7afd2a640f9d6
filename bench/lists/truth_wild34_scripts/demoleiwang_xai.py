"""Wild34 truth for demoleiwang/MyPick XAI/README.md: a personal list of explainable-ML papers.

Shape: `* ` bullets under topic headings (several headings are empty).  A record is
`* Title, *Venue* Year. [\\[paper\\]](url)`; the separator before the venue varies: `, *ICML* 2018.`,
`. *ICML* 2017.` (line 49), `? *ACL* 2019.` (65, the `?` belongs to the title), and two records have no
venue, only a year: `Title. 2018. [\\[Link\\]](..)` (27) and `Title, 2019. [\\[paper\\]](..)` (55).  Line 36
adds a shields.io badge after the link; line 61 has a double space inside its title.  The title is the
text from the bullet up to that separator.  Not entries: the badge legend (7-9), the table of contents
(12-19), the record template inside an HTML comment (21, `<!--- * Title, in *NeurIPS* 2019. ... --->`),
and the AAAI 2021 tutorial website at line 24 (a tutorial, not a paper).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "demoleiwang__MyPick__XAI__README@6a430ce.md"
PART = "wild34_development"
SKIP = {24}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("* ") or i in SKIP:
            continue
        m = re.match(r"\*\s+(.*?)(?:,?\s+\*[^*]+\*\s+\d{4}|[,.]\s+\d{4}\.)", ln)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 22, len(papers)
    write_truth(NAME, PART, papers,
                "Every `* ` bullet outside the HTML-comment template, except the tutorial website (24), is one paper;"
                " its title runs from the bullet to the separator before the italic venue or the bare year.",
                "All 22 entries read by eye against the file; the comment template, the tutorial line and the empty"
                " sections checked.")


if __name__ == "__main__":
    main()
