"""Wild34 truth for hnuzhy/CV_DL_Gather transfer_learning/Semi-Supervised_Learning.md: a personal
paper collection on semi-supervised learning (and, per section, data augmentation, rotation regression,
6D pose, crowd counting ...).

Shape: under "## Papers (Semi-Supervised_Learning)" (line 32) every paper is one `* ` bullet:
an optional thumbs-up emoji, a bold tag `**Nickname(VenueYear)**` (nickname may be missing:
`**(TPAMI2018)**`, or carry several parentheses: `**bingham-rotation-learning(QCQP)(RSS2020)(Best ...)**`),
then the title, then bracketed links `[[paper link](..)][[arxiv link](..)][[code|official](..)]` and
bracketed notes.  The title is the text between the bold tag and the first `[[` (line 57 and 392
write a broken `[[paper link]](url)`, still the first `[[`).  Two records continue on the next line:
229-230 (the links wrap onto line 230) and 311-312 (a note wraps); their span is both lines.
Not entries: the table of contents (lines 4-17), the "Materials" bullets (lines 23-24: GitHub repos,
LAMDA-SSL is a toolkit even though its bullet gives an arXiv link), the "Pioneers" line 28, the empty
template bullet at line 180 (`* **** [[]()]...`), and line 214 (a pointer to another file).
Ids are the first the record's lines give: record 311-312's note links NeRF on Springer, so its DOI
is that link's (10.1007/978-3-030-58452-8_24); line 287 writes `arxiv.org/abs/arXiv:1803.11493`.
Line 340 repeats FSDetView (the TPAMI version of line 338): a separate entry.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "hnuzhy__CV_DL_Gather__transfer_learning__Semi-Supervised_Learning@72b1572.md"
PART = "wild34_development"
SKIP = {180, 214}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    for i in range(33, n + 1):
        ln = lines[i - 1]
        if not ln.startswith("* ") or i in SKIP:
            continue
        last = i
        while last < n and lines[last].strip() and not lines[last].startswith("* ") and not lines[last].startswith("#") \
                and not lines[last].startswith("`We") and not lines[last].startswith("`It"):
            last += 1
        m = re.match(r"\* \S*?\s*\*\*.*?\*\*\s*(.*?)\s*\[\[", ln) or re.match(r"\* \S*?\s*\*\*.*?\*\*\s*(.*?)\s*$", ln)
        assert m, i
        papers.append(entry(lines, i, last, m.group(1)))
    assert len(papers) == 162, len(papers)
    write_truth(NAME, PART, papers,
                "Every `* ` bullet under 'Papers' (line 32 on) except the empty template (180) and a pointer (214) is one paper;"
                " its title is the text between the bold nickname/venue tag and the first `[[` link.",
                "All 162 entries read by eye against the file: titles, the two two-line records (229-230, 311-312),"
                " the tags without nickname, and the skipped lines.")


if __name__ == "__main__":
    main()
