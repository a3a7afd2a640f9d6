"""Wild25 truth for zamanzadeh/ts-anomaly-benchmark README.md: the companion README of the survey
"Deep Learning for Time Series Anomaly Detection" (models and datasets for TSAD).

Shape: a header citing the survey (line 16 '[-] ... doi:10.1145/3691338 [[link](...)]' and a tab-
indented BibTeX block, lines 18-34); '## Related Review Papers' (lines 38-41), a numbered list
'N. [Title](url), Venue Year.'; a dataset table (lines 55-106); two model tables (lines 112-125 and
130-186) whose 'Model' cell is a nickname with an HTML anchor '<a href="#refN" id="refN">[N]</a>';
a metrics table; and '## References' (lines 221-405): 63 ACM-style numbered references, each
'<a href="#refN" id="refN">[N]</a> Authors. Year. Title. Venue ...', hard-wrapped over one to three
lines (the wrap often falls inside the title), blank lines between (some holding a tab only).  The
titles carry no markup; the only ids are 'arXiv preprint arXiv:NNNN.NNNNN' texts.
Entries: the 4 review papers (title = link text) and the 63 references (title = the text after
'Year. ' up to the next '. ', the wrapped lines joined; reference [29] at line 306 ends its title
with '..', both periods dropped).  Not entries: the survey's own "please cite" line 16 and its
BibTeX (the list's boilerplate citation of itself), the dataset rows (datasets), and the model-table
rows: they name a model by nickname and point to the numbered reference that is the entry (a
citation marker, no title).  The tables' numbering does not match the list everywhere: the DCdetector
row (line 179) points to [62], which is CARLA in the list, and the DACAD row (181) to [64], which does
not exist (DACAD is [63]); DCdetector's paper is therefore not in the list, and nothing is added for it.
Count check: 63 lines start with '<a ' and hold 'id="refN"' after line 220 ([1]..[63] in order);
4 numbered review lines; 67 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "zamanzadeh__ts-anomaly-benchmark__README@38f80b6.md"
PART = "wild25_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i in range(38, 42):
        m = re.match(r"\d\. \[(.+?)\]\(\S+\), ", lines[i - 1])
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    refs_at = lines.index("## References") + 1
    starts = [i for i, t in enumerate(lines, 1) if i > refs_at and t.startswith("<a ")]
    assert len(starts) == 63, len(starts)
    for k, s in enumerate(starts):
        m = re.match(r'<a (?:href="#ref(\d+)" id="ref\1"|id="ref(\d+)" href="#ref\2")>\[(\d+)\]</a> ', lines[s - 1])
        assert m and int(m.group(3)) == k + 1, s
        end = s
        while end < len(lines) and lines[end].strip():
            end += 1
        text = " ".join(lines[j - 1].strip() for j in range(s, end + 1))
        text = text[m.end():]
        t = re.search(r"\. (\d{4})\. (.+?)\.+ ", text)
        assert t, s
        papers.append(entry(lines, s, end, t.group(2)))
    assert len(papers) == 67
    write_truth(NAME, PART, papers,
                "entries = the 4 numbered 'Related Review Papers' (title = link text) and the 63 ACM-style numbered"
                " references under '## References' (title = the text between 'Year. ' and the next '. ', wrapped lines"
                " joined); the survey's own citation and BibTeX, the dataset table and the model-table rows (nicknames"
                " pointing to the numbered references) are not entries",
                "all 67 entries read against the -v output (every title checked where a line wrap falls inside it, the"
                " '..' of [29], 'et al .' of [1]); arXiv ids of [11], [22], [31], [35], [39], [50], [51], [63] checked;"
                " the model tables' anchors compared with the reference numbers (the [62]/[64] mismatch noted)")


if __name__ == "__main__":
    main()
