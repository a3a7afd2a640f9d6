"""Wild43 truth for khw11044/HPE-Papers-List README.md: a student's Korean study notes listing papers on 3D human
pose estimation ("공부할 논문 리스트", papers to study), grouped by supervision type; newest commit (2cfde82, 2021-08-13).

Shape: ``# HPE-Papers-List``, then ``##`` sections Full-3D Supervision (5), Temporal Supervision (28), Unpaired/Limited
3D supervision (47), Supervision without 3D (59).  Papers are bullets indented by one or two spaces,
``- [Title](pdf url) - Venue year`` (10-14, 18-22, 86-92; 10 has ``-CVPR`` without space, 92 an en dash ``–``) or,
in the later sections, with the bracket number of the survey the notes follow, ``- [N] : [Title](url) - Venue``
(31-36, 51-55, 62-64).  Between them run Korean prose paragraphs that discuss the papers by number (``[18]은 ...``,
66-83) and bold sub-heads ``**i) end-to-end training**`` (8, 16).  26 is a prose sentence naming two papers as inline
links ("현재 [A simple yet effective baseline ...](...) 와 [3d human pose estimation in video ...](...)와 같은 lifting
methods를 사용한 결과가 유망하다고 본다").  37 is an empty bullet ``- ``.  Titles are written in lower case as
Google Scholar exports them (``3d``, ``Vibe``, ``Repnet``, ``Canonpose``); 18 and 36 end with a ``.``; 31's venue
typo ``IEEV 2019`` is left in the line.  The same paper is listed more than once (Pavllo et al. 21/32, Chen et
al. 51/87, RepNet 54/89).  Links: CVF open-access pdfs, a Springer ``content/pdf/10.1007/...pdf`` (11), an ACM
``/doi/pdf/10.1145/...`` (19).

Decisions:
- Every non-empty bullet with a link is an entry (one line each); title = the link text (after the ``[N] :``
  number where present), markup removed, a final ``.`` dropped (18, 36) as the separator before `` - Venue``.
- Repeated papers are separate entries, as the list repeats them.
- 26 is running prose naming papers inline (a notes sentence, not a reference), so not an entry; the prose
  paragraphs 66-83 cite papers only by number and are not entries; the empty bullet 37 is not an entry.
- Ids: DOIs from the Springer pdf URL (11, ``.pdf`` dropped) and the ACM ``/doi/pdf/`` URL (19); CVF pdfs give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "khw11044__HPE-Papers-List__README@2cfde82.md"
PART = "wild43_development"

BULLET = re.compile(r"^ {1,2}- (?:\[(?P<num>\d+)\] : )?\[(?P<t>[^\]]+)\]\((?P<u>https?://[^)\s]+)\) ?[-–] ?\S")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbered = 0
    for n, ln in enumerate(lines, 1):
        if not ln.lstrip().startswith("- "):
            continue
        if not ln.strip(" -"):
            assert n == 37, n
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        if m.group("num"):
            numbered += 1
        papers.append(entry(lines, n, n, m.group("t").rstrip(".")))
    assert numbered == 6 + 5 + 3, numbered
    assert "](" in lines[25] and not lines[25].lstrip().startswith("-")
    assert len(papers) == 5 + 5 + 6 + 5 + 3 + 5, len(papers)
    assert len(papers) == 29
    write_truth(
        NAME,
        PART,
        papers,
        "Every non-empty '- [Title](url) - Venue' or '- [N] : [Title](url) - Venue' bullet is an entry, title = the"
        " link text (final '.' dropped); the prose sentence 26 naming two papers inline, the Korean prose paragraphs"
        " that cite by number and the empty bullet 37 are not entries; repeated papers stay separate entries.",
        "Whole 92-line file read; all 29 -v lines compared with the bullets: first/last of each block (10/14, 18/22,"
        " 31/36, 51/55, 62/64, 86/92), 10's '-CVPR' and 92's en dash, the two-space-indented bullets 18-22 and 64,"
        " final dots dropped on 18 and 36, the '[N] :' numbers removed, repeats 21/32, 51/87, 54/89 kept; 26 (prose"
        " with two inline paper links) and the empty bullet 37 left out; ids: DOIs from the Springer pdf URL 11 and"
        " the ACM /doi/pdf/ URL 19, none for CVF pdfs.",
    )


if __name__ == "__main__":
    main()
