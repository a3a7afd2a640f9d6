"""Wild47 truth for xueyunlong12589/Papers-on-EEG-Emotion-Recognition paper_list.md: a student's short list of
deep-learning papers on EEG-based emotion recognition (a niche affective-computing / ML sub-field), newest commit
(fe330d4, 2021-11-20).  The repository holds only this file and a two-line README.

Shape: 39 lines, 3 KB.  ``# Database`` (1) with five ``* **NAME** (url)`` dataset bullets (SEED, SEED-IV, SEED-V,
MPED, DEAP; 2-11), each followed by a ``<br>description`` line: datasets, not papers.  ``# Methods`` (12),
``## Graph-based methods`` (13) with nine paper bullets (14-31) and ``## Other methods`` (32) with four (33-39).  A
paper bullet is ``* **Title**, Venue, Year`` and its link sits alone on the next line as ``<br>(url)`` (a bare URL
in parentheses, not a Markdown link).

Special cases:
- 37 ``Spatio-Temporal Recurrent Neural Network for Emotion Recognition`` has no ``<br>(url)`` line: the next bullet
  follows at once.
- The url line 17 (entry 16) links a Sci-Hub mirror home page (no id); entries 22 and 24 link the same IEEE
  arnumber (9373917, lines 23 and 25), the list's own slip.
- Venues are written with expansions in parentheses (``IEEE Transactions on Affective Computing (TAC)``), never part
  of the title.

Decisions:
- Entry = each ``* **Title**, ...`` bullet under ``# Methods`` (13 entries), spanning its ``<br>(url)`` line when
  there is one; title = the bold text.
- Not entries: the five dataset bullets and their description lines, headings.
- Ids: the one ACM ``dl.acm.org/doi/abs/10.1145/...`` link (31, entry 30) gives a DOI; IEEE stamp links, AAAI OJS, IJCAI PDF
  and Sci-Hub give none.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "xueyunlong12589__Papers-on-EEG-Emotion-Recognition__paper_list@fe330d4.md"
PART = "wild47_development"

PAPER = re.compile(r"^\* \*\*(?P<title>[^*]+)\*\*, (?P<venue>.+), (?P<year>\d{4})$")
URL = re.compile(r"^<br>\((?P<url>https?://[^)\s]+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Database"
    methods = lines.index("# Methods") + 1
    papers = []
    for n, ln in enumerate(lines, 1):
        if n <= methods or not ln.startswith("* "):
            continue
        m = PAPER.match(ln)
        assert m, (n, ln)
        last = n + 1 if n < len(lines) and URL.match(lines[n]) else n
        papers.append(entry(lines, n, last, m.group("title")))
    t = {p["line"]: p for p in papers}
    assert t[14]["title"] == "EEG Emotion Recognition Using Dynamical Graph Convolutional Neural Networks", t[14]
    assert (t[14]["end"], t[37]["end"]) == (15, 37), (t[14], t[37])
    assert t[26]["title"] == "SparseDGCNN: Recognizing Emotion from Multichannel EEG Signals", t[26]
    assert (t[30]["title"], t[30]["doi"]) == (
        "A Multi-Domain Adaptive Graph Convolutional Network for EEG-based Emotion Recognition",
        "10.1145/3474085.3475697"), t[30]
    assert t[37]["title"] == "Spatio-Temporal Recurrent Neural Network for Emotion Recognition", t[37]
    assert t[38]["title"].startswith("From Regional to Global Brain: A Novel Hierarchical"), t[38]
    assert sum(1 for p in papers if p["line"] < lines.index("## Other methods") + 1) == 9
    assert len(papers) == 13, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* **Title**, Venue, Year' bullet under '# Methods' is an entry (9 graph-based, 4 other; 13), spanning"
        " its '<br>(url)' line when present; title = the bold text; the five dataset bullets under '# Database'"
        " (SEED ... DEAP) and their '<br>' description lines are not entries.",
        "Read all 39 lines; compared -v for all 13 entries: bold titles, the url-less bullet 37 (one line), the"
        " IEEE arnumber shared by entries 22/24, the Sci-Hub link of entry 16; only id: the ACM DOI of entry 30"
        " (line 31).",
    )


if __name__ == "__main__":
    main()
