"""Wild4 truth for Intelligence-Engineering-LAB-KU/Deeplearning-Tutorial 'Term Project/paperlist.md':
a Korean course page listing the papers students chose to present.

After a quoted rules note and a Korean greeting, bullets '- <masked student name> <citation>'
(names masked like '김*록', two of them in code spans) are grouped under '1. 논문선정조건 1',
'2. 논문선정조건 2' and '3. 예외'; two bullets come before the groups.  Each bullet is one chosen
paper: an entry.  Nested '  - ' bullets under two of them (lines 21-22, 67) are the instructor's
comments and belong to the entry above (its span ends there); they are not entries.  The numbered
group labels, the rules note and the greeting are not entries.  The same paper chosen twice
(Double Q-Learning, lines 38 and 49) gives two entries.

The citations come in several styles; title = the paper's title as the line writes it, without
the student name, authors, year, venue or a closing '.':
- 'Title (2015), A. Author et al.' (most lines) and 'Title (2016, J. Redmon et al.)' (line 19):
  title = text before ' (' ; line 36 'Title, L. Chen et al' and line 58 'Title, NIPS': text
  before the last ', ';  line 57 'Title NIPS 2019)': text before ' NIPS 2019)'.
- quoted titles ('Wu, Yonghui, et al. "Title." arXiv…', 'Goodfellow, Ian, et al. "Title."',
  'Simon Ramstedt, Chris Pal “Title.”'): the quoted text, final '.' dropped.
- APA (line 56) 'Sarlin, P. E., … (2020). Title. In Proceedings…': text after '). '.
- author-first with commas (line 54, Kipf & Welling) and periods (line 55, Lin et al.): the title
  field between the author and venue fields.
Titles are hand-checked per line (a table keyed by line number, each asserted to occur in its
line).  arXiv ids from 'arXiv:' text (lines 29, 54, 55).  No DOIs or links to papers.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "Intelligence-Engineering-LAB-KU__Deeplearning-Tutorial__Term Project__paperlist@6820bb5.md"
PART = "wild4_development"

SPECIAL = {
    29: "Google's neural machine translation system: Bridging the gap between human and machine translation",
    36: "Semantic image segmentation with deep convolutional nets and fully connected CRFs",
    50: "Generative adversarial nets",
    54: "Semi-Supervised Classification with Graph Convolutional Networks",
    55: "A Structured Self-attentive Sentence Embedding",
    56: "Superglue: Learning feature matching with graph neural networks",
    57: "Model-Based Reinforcement Learning with Adversarial Training for Online Recommendation",
    58: "Think Globally, Act Locally: A Deep Neural Network Approach to High-Dimensional Time Series Forecasting",
    59: "IFlyLegal: A Chinese Legal System for Consultation, Law Searching, and Document Analysis",
    60: "Real-Time Reinforcement Learning",
    61: "Migan: malware image synthesis using gans",
    66: "Semi-Active Suspension Control Based on Deep Reinforcement Learning",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        m = re.fullmatch(r"- (?:```[^`]+```, ```[^`]+```:? |\S*\*\S* )(.*?)\s*", text)
        assert m, (i, text)
        rest = m.group(1)
        if i in SPECIAL:
            title = SPECIAL[i]
            assert title in rest, (i, rest)
        else:
            t = re.match(r"(.+?) \((?:19|20)\d\d[),]", rest)
            assert t, (i, rest)
            title = t.group(1)
        end = i
        while end < len(lines) and lines[end].startswith("  - "):
            end += 1
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 36, len(papers)
    write_truth(
        NAME, PART, papers,
        "every top-level '- <masked name> <citation>' bullet is an entry (its nested instructor comments included in"
        " the span), title = the paper title cut out of the citation by its style, hand-checked per line",
        "36 top-level bullets (grep '^- ' = 36: 2 before the groups, 25 + 8 + 1 in the three groups); all 36 titles"
        " compared with the file by eye, the 12 non-'Title (year)' lines held in a per-line table asserted against"
        " their lines; arXiv ids on lines 29, 54, 55 checked; nested comments (21-22, 67) not counted",
    )


if __name__ == "__main__":
    main()
