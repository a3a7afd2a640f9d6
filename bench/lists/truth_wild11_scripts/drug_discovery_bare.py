"""Wild11 truth for jamesthesnake/jamesthesnake.github.io _posts/2024-01-17-drug-disco-bio-ml.md: bare lines.

Shape: a Jekyll post (front matter lines 1-7) with no Markdown markup.  Topic names ('Property
Prediction', 'Docking and Scoring', 'Open Source ' ...) stand alone as one-line paragraphs; each
paper is a two-line paragraph: the plain title, then the bare URL on the next line.

Entry: every line followed directly by a line starting 'https://' (20: per topic 3, 1, 1, 4, 3, 3,
1, 1, 1, 1, 1); lines = the title line and the URL line.  Title = the title line as written.  Topic
lines are followed by a blank line and are not entries.  DOIs come from ACS, BMC and Wiley URLs
(pubs.acs.org/doi/full/10.1021/... gives the DOI); ScienceDirect pii, ChemRxiv, OUP article,
Nature article and Cell fulltext URLs give none.  Count: 20 = grep -c '^https://'.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "jamesthesnake__jamesthesnake.github.io___posts__2024-01-17-drug-disco-bio-ml@8119807.md"


def main() -> None:
    lines = read_lines(NAME)
    body = lines.index("---", 1) + 1  # end of front matter (line 7)
    papers, per, topic = [], [], None
    for i in range(body + 1, len(lines)):
        text, nxt = lines[i - 1], lines[i]
        if text.strip() and not text.startswith("https://") and not nxt.strip():
            topic = text
            per.append(0)
        if text.strip() and nxt.startswith("https://"):
            assert topic is not None
            papers.append(entry(lines, i, i + 1, text))
            per[-1] += 1
    assert len(papers) == 20 == sum(1 for t in lines if t.startswith("https://")), len(papers)
    assert per == [3, 1, 1, 4, 3, 3, 1, 1, 1, 1, 1], per
    write_truth(NAME, "wild11_development", papers,
                "every bare title line followed by a bare 'https://' URL line is an entry (both lines);"
                " title = the title line; lone topic lines are not entries",
                "all 20 entries and 11 topic lines read against the file; count against grep '^https://';"
                " DOIs of the ACS, BMC and Wiley URLs checked, none taken from pii/ChemRxiv/OUP/Nature/Cell URLs")


if __name__ == "__main__":
    main()
